import { AppError } from '../../shared/contract/result';
import type { RosterField } from '../../shared/domain/delegate';
import { appendAudit } from '../db/audit';
import { activeCodes, insertDelegate } from '../db/delegates';
import { type RosterMapping, type RosterPreview, type RosterRowError, RosterFileError, readRoster } from '../import/roster-reader';
import { columnRef } from '../import/roster-preview-rows';
import { type CongressContext, inTransaction } from './context';
import { assignCodes } from './delegate-codes';
import { normalizeDelegate } from './delegate-service';

export interface RosterFile {
  fileName: string;
  contentBase64: string;
  mapping?: Record<string, RosterField | null>;
}

export interface RosterImportResult {
  imported: number;
  skipped: number;
  errors: RosterRowError[];
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

export async function previewRoster(ctx: CongressContext, file: RosterFile): Promise<RosterPreview> {
  return checkAgainstCongress(ctx, await read(file));
}

/**
 * All or nothing: a file with any bad row imports nothing unless the operator explicitly asks
 * for the good rows only; either way the whole import is one transaction.
 */
export async function importRoster(ctx: CongressContext, file: RosterFile, onlyValid = false): Promise<RosterImportResult> {
  const preview = await previewRoster(ctx, file);
  if (preview.errors.length > 0 && !onlyValid) {
    throw AppError.of(
      'ROSTER_HAS_ERRORS',
      'roster.hasErrors',
      { fileName: file.fileName, count: preview.errorCount, validCount: preview.validCount },
      { errors: preview.errors, validCount: preview.validCount },
    );
  }
  const good = preview.rows.flatMap((r) => (r.delegate ? [normalizeDelegate(r.delegate)] : []));
  if (good.length === 0) {
    throw AppError.of('NOTHING_TO_IMPORT', 'roster.noValidRows', { fileName: file.fileName }, { errors: preview.errors });
  }
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
