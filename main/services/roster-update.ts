/**
 * Update mode of the roster import: the corrected roster the organisers send the day before,
 * matched to the congress by delegate code. A known code updates that delegate, only in the fields
 * the file has columns for; a new code, or none, adds a delegate; a delegate the file does not list
 * is reported and kept (removal stays a deliberate act in the roster screen).
 */
import { type Delegate, type DelegateInput, ROSTER_FIELDS, type RosterField } from '../../shared/domain/delegate';
import type { RosterPreview, RosterRowError } from '../import/roster-reader';
import { columnRef } from '../import/roster-preview-rows';
import { assignCodes } from './delegate-codes';
import { normalizeDelegate } from './delegate-service';

/** What a column may change: every stored field but the code, which is what rows are matched by. */
type UpdatableField = Exclude<RosterField, 'ordinal' | 'code'>;
type FieldValue = string | boolean | null;

export interface FieldChange {
  field: UpdatableField;
  before: FieldValue;
  after: FieldValue;
}

export interface RosterChanges {
  added: { row: number; code: string; fullName: string }[];
  updated: { row: number; delegateId: number; code: string; fullName: string; fields: FieldChange[] }[];
  unchanged: number;
  notInFile: { delegateId: number; code: string; fullName: string }[];
}

export interface RosterUpdatePlan {
  /** The file's preview, with the rows the congress makes ambiguous turned into errors. */
  preview: RosterPreview;
  changes: RosterChanges;
  inserts: (DelegateInput & { code: string })[];
  updates: Delegate[];
}

/** Every field a column can hold but the STT (not stored) and the code (what the row is matched by). */
const UPDATABLE = ROSTER_FIELDS.filter((f): f is UpdatableField => f !== 'ordinal' && f !== 'code');

/** The fields the file has a column for: a column absent from the file changes nothing. */
function fieldsInFile(columns: RosterPreview['columns']): UpdatableField[] {
  const mapped = new Set(columns.flatMap((c) => (c.field ? [c.field] : [])));
  // "Năm sinh" split into Nam | Nữ: the column holding the date gives the gender (main/import/roster-rows.ts)
  if (columns.filter((c) => c.field === 'birthDate').length > 1) mapped.add('gender');
  return UPDATABLE.filter((f) => mapped.has(f));
}

/**
 * Codes compare case-insensitively, as the database's unique index does: two rows naming one code
 * in different cases are the same delegate, and the second is refused like an exact duplicate.
 */
function duplicateOf(preview: RosterPreview, row: number, code: string, firstRow: number): RosterRowError {
  const column = preview.columns.find((c) => c.field === 'code')!;
  return { row, column: columnRef(column.index, column.header), key: 'listRow.duplicateCode', params: { code, firstRow } };
}

export function planRosterUpdate(congress: readonly Delegate[], preview: RosterPreview): RosterUpdatePlan {
  const byCode = new Map(congress.map((d) => [d.code.toUpperCase(), d]));
  const fields = fieldsInFile(preview.columns);
  const firstRowOf = new Map<string, number>();
  const changes: RosterChanges = { added: [], updated: [], unchanged: 0, notInFile: [] };
  const fresh: { row: number; delegate: DelegateInput }[] = [];
  const updates: Delegate[] = [];

  const rows = preview.rows.map((r) => {
    if (!r.delegate) return r;
    const d = normalizeDelegate(r.delegate);
    const key = d.code?.toUpperCase();
    if (key !== undefined) {
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        return { row: r.row, delegate: null, errors: [duplicateOf(preview, r.row, d.code!, first)] };
      }
      firstRowOf.set(key, r.row);
    }
    const before = key === undefined ? undefined : byCode.get(key);
    if (!before) {
      fresh.push({ row: r.row, delegate: d });
      return r;
    }
    const after: Delegate = { ...before };
    for (const f of fields) (after as unknown as Record<UpdatableField, FieldValue>)[f] = d[f];
    const changed = fields.filter((f) => before[f] !== after[f]).map((f) => ({ field: f, before: before[f], after: after[f] }));
    if (changed.length === 0) changes.unchanged++;
    else {
      updates.push(after);
      changes.updated.push({ row: r.row, delegateId: before.id, code: before.code, fullName: after.fullName, fields: changed });
    }
    return r;
  });

  // assigned after every code of the file is known, so a new code cannot be given twice
  const codes = assignCodes(new Set([...byCode.keys(), ...firstRowOf.keys()]), fresh.filter((f) => !f.delegate.code).length);
  const inserts = fresh.map((f) => ({ ...f.delegate, code: f.delegate.code ?? codes.shift()! }));
  changes.added = inserts.map((d, i) => ({ row: fresh[i]!.row, code: d.code, fullName: d.fullName }));
  changes.notInFile = congress
    .filter((d) => !firstRowOf.has(d.code.toUpperCase()))
    .map((d) => ({ delegateId: d.id, code: d.code, fullName: d.fullName }));

  const errors = rows.flatMap((r) => r.errors);
  const validCount = rows.filter((r) => r.delegate !== null).length;
  return {
    preview: { ...preview, rows, errors, validCount, errorCount: rows.length - validCount },
    changes,
    inserts,
    updates,
  };
}
