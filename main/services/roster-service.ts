import { AppError } from '../../shared/contract/result';
import type { RosterField } from '../../shared/domain/delegate';
import { appendAudit } from '../db/audit';
import { activeCodes, insertDelegate, listActiveDelegates, updateDelegate } from '../db/delegates';
import { type RosterMapping, type RosterPreview, type RosterRowError, RosterFileError, readRoster } from '../import/roster-reader';
import { columnRef } from '../import/roster-preview-rows';
import { type CongressContext, inTransaction } from './context';
import { assignCodes } from './delegate-codes';
import { normalizeDelegate } from './delegate-service';
import { type RosterChanges, planRosterUpdate } from './roster-update';

export interface RosterFile {
  fileName: string;
  contentBase64: string;
  mapping?: Record<string, RosterField | null>;
  /** 'add' (the default) refuses a code already used; 'update' updates that delegate (roster-update.ts). */
  mode?: 'add' | 'update';
}

export interface RosterImportResult {
  imported: number;
  skipped: number;
  errors: RosterRowError[];
  changes?: RosterChanges;
}

function toMapping(mapping: RosterFile['mapping']): RosterMapping | undefined {
  if (!mapping) return undefined;
  const out: RosterMapping = {};
  for (const [k, v] of Object.entries(mapping)) out[Number(k)] = v;
  return out;
}

async function read(file: RosterFile): Promise<RosterPreview> {
  try {
    return await readRoster(Buffer.from(file.contentBase64, 'base64'), file.fileName, toMapping(file.mapping));
  } catch (error) {
    if (error instanceof RosterFileError) {
      throw AppError.of('ROSTER_FILE_REJECTED', error.key, error.params, { reason: error.code, fileName: file.fileName });
    }
    throw error;
  }
}

/** Adds to the file's own errors the rows whose code is already used by a delegate in the congress. */
function checkAgainstCongress(ctx: CongressContext, preview: RosterPreview): RosterPreview {
  const taken = activeCodes(ctx.db);
  const codeColumn = preview.columns.find((c) => c.field === 'code');
  const rows = preview.rows.map((r) => {
    const code = r.delegate?.code;
    // a code can only come from the code column
    if (!code || !codeColumn || !taken.has(code.toUpperCase())) return r;
    const error: RosterRowError = {
      row: r.row,
      column: columnRef(codeColumn.index, codeColumn.header),
      key: 'listRow.codeTaken',
      params: { code },
    };
    return { row: r.row, delegate: null, errors: [...r.errors, error] };
  });
  const errors = rows.flatMap((r) => r.errors);
  const validCount = rows.filter((r) => r.delegate !== null).length;
  return { ...preview, rows, errors, validCount, errorCount: rows.length - validCount };
}

export async function previewRoster(ctx: CongressContext, file: RosterFile): Promise<RosterPreview & { changes?: RosterChanges }> {
  const preview = await read(file);
  if (file.mode !== 'update') return checkAgainstCongress(ctx, preview);
  const plan = planRosterUpdate(listActiveDelegates(ctx.db), preview);
  return { ...plan.preview, changes: plan.changes };
}

/** A file with bad rows imports nothing, unless the operator explicitly asks for the good rows only. */
function refuseErrors(file: RosterFile, preview: RosterPreview, onlyValid: boolean): void {
  if (preview.errors.length > 0 && !onlyValid) {
    throw AppError.of(
      'ROSTER_HAS_ERRORS',
      'roster.hasErrors',
      { fileName: file.fileName, count: preview.errorCount, validCount: preview.validCount },
      { errors: preview.errors, validCount: preview.validCount },
    );
  }
  if (preview.validCount === 0) {
    throw AppError.of('NOTHING_TO_IMPORT', 'roster.noValidRows', { fileName: file.fileName }, { errors: preview.errors });
  }
}

/**
 * All or nothing: a file with any bad row imports nothing unless the operator explicitly asks
 * for the good rows only; either way the whole import is one transaction.
 */
export async function importRoster(ctx: CongressContext, file: RosterFile, onlyValid = false): Promise<RosterImportResult> {
  if (file.mode === 'update') return updateRoster(ctx, file, await read(file), onlyValid);
  const preview = checkAgainstCongress(ctx, await read(file));
  refuseErrors(file, preview, onlyValid);
  const good = preview.rows.flatMap((r) => (r.delegate ? [normalizeDelegate(r.delegate)] : []));
  inTransaction(ctx, () => {
    const at = ctx.now();
    const taken = activeCodes(ctx.db);
    const fresh = assignCodes(taken, good.filter((d) => !d.code).length);
    for (const d of good) insertDelegate(ctx.db, { ...d, code: d.code ?? fresh.shift()! }, at);
    appendAudit(ctx.db, at, {
      action: 'roster.import',
      entity: 'roster',
      after: { fileName: file.fileName, imported: good.length, skippedRows: preview.errors.map((e) => e.row) },
    });
  });
  ctx.emit('delegates:changed', {});
  return { imported: good.length, skipped: preview.errorCount, errors: preview.errors };
}

/**
 * Planned and written with no await in between, so the roster cannot change under the plan.
 * Updating keeps each delegate's row, hence its check-ins, attendance and audit history.
 */
function updateRoster(ctx: CongressContext, file: RosterFile, fromFile: RosterPreview, onlyValid: boolean): RosterImportResult {
  const plan = planRosterUpdate(listActiveDelegates(ctx.db), fromFile);
  const { preview, changes } = plan;
  refuseErrors(file, preview, onlyValid);
  inTransaction(ctx, () => {
    const at = ctx.now();
    for (const d of plan.updates) updateDelegate(ctx.db, d, at);
    for (const d of plan.inserts) insertDelegate(ctx.db, d, at);
    appendAudit(ctx.db, at, {
      action: 'roster.update',
      entity: 'roster',
      after: {
        fileName: file.fileName,
        added: changes.added.length,
        updated: changes.updated.length,
        unchanged: changes.unchanged,
        notInFile: changes.notInFile.length,
        addedCodes: changes.added.map((a) => a.code),
        updatedCodes: changes.updated.map((u) => ({ code: u.code, fields: u.fields.map((f) => f.field) })),
        skippedRows: preview.errors.map((e) => e.row),
      },
    });
  });
  ctx.emit('delegates:changed', {});
  return { imported: changes.added.length, skipped: preview.errorCount, errors: preview.errors, changes };
}
