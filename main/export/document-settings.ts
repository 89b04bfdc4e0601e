/** The document settings (letterhead, place, signatories), one JSON value in the settings table. */
import type { z } from 'zod';
import type { documentSettingsSchema } from '../../shared/contract/export-schemas';
import { appendAudit } from '../db/audit';
import type { DB } from '../db/db';
import { getCongressSettings } from '../db/congress';
import { getSetting, putSetting } from '../db/settings';
import { type CongressContext, inTransaction } from '../services/context';

export type DocumentSettings = z.output<typeof documentSettingsSchema>;
const KEY = 'documents';

/** Until the secretariat fills them in, the organiser named in the congress settings heads the page. */
export function readDocumentSettings(db: DB): DocumentSettings {
  const stored = getSetting<Partial<DocumentSettings>>(db, KEY) ?? {};
  const congress = getCongressSettings(db);
  return {
    parentOrganisation: stored.parentOrganisation ?? congress?.organiser ?? '',
    organisation: stored.organisation ?? 'BAN TỔ CHỨC ĐẠI HỘI',
    place: stored.place ?? '',
    presidiumSigner: stored.presidiumSigner ?? '',
    countingBoardChair: stored.countingBoardChair ?? '',
    countingBoardMembers: stored.countingBoardMembers ?? [],
    credentialsBoardChair: stored.credentialsBoardChair ?? '',
    secretarySigner: stored.secretarySigner ?? '',
    templateDir: stored.templateDir ?? null,
  };
}

export function saveDocumentSettings(ctx: CongressContext, patch: Partial<DocumentSettings>): DocumentSettings {
  return inTransaction(ctx, () => {
    const before = readDocumentSettings(ctx.db);
    const after = { ...before, ...patch };
    putSetting(ctx.db, KEY, after);
    appendAudit(ctx.db, ctx.now(), { action: 'documents.settings', entity: 'settings', entityId: KEY, before, after });
    return after;
  });
}
