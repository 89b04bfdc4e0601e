import { AppError } from '../../shared/contract/result';
import type { Delegate, DelegateInput } from '../../shared/domain/delegate';
import { foldForSearch, normalizeText } from '../../shared/domain/vietnamese-text';
import { appendAudit } from '../db/audit';
import {
  activeCodes,
  findActiveDelegateByCode,
  getActiveDelegate,
  insertDelegate,
  markDelegateRemoved,
  searchActiveDelegates,
  updateDelegate,
} from '../db/delegates';
import { type CongressContext, inTransaction, missing } from './context';
import { assignCodes } from './delegate-codes';

const TEXT_FIELDS = ['ethnicity', 'religion', 'education', 'position', 'unit', 'group', 'seat'] as const;

/** Names are stored NFC, trimmed, single-spaced; empty optional text becomes null. */
export function normalizeDelegate<T extends DelegateInput>(d: T): T {
  const out = { ...d, fullName: normalizeText(d.fullName), code: d.code === null ? null : normalizeText(d.code) || null };
  for (const f of TEXT_FIELDS) {
    const v = d[f];
    out[f] = v === null ? null : normalizeText(v) || null;
  }
  return out;
}

function duplicateCode(code: string): AppError {
  return AppError.of('DUPLICATE_CODE', 'delegate.duplicateCode', { code });
}

function delegatesChanged(ctx: CongressContext): void {
  ctx.emit('delegates:changed', {});
}

export function createDelegate(ctx: CongressContext, input: DelegateInput): Delegate {
  const d = normalizeDelegate(input);
  const created = inTransaction(ctx, () => {
    const code = d.code ?? assignCodes(activeCodes(ctx.db), 1)[0]!;
    if (findActiveDelegateByCode(ctx.db, code)) throw duplicateCode(code);
    const row = insertDelegate(ctx.db, { ...d, code }, ctx.now());
    appendAudit(ctx.db, ctx.now(), { action: 'delegate.create', entity: 'delegate', entityId: row.id, after: row });
    return row;
  });
  delegatesChanged(ctx);
  return created;
}

export function editDelegate(ctx: CongressContext, input: Delegate): Delegate {
  const d = normalizeDelegate(input) as Delegate;
  inTransaction(ctx, () => {
    const before = getActiveDelegate(ctx.db, d.id);
    if (!before) throw missing('delegate', { id: d.id });
    const holder = findActiveDelegateByCode(ctx.db, d.code);
    if (holder && holder.id !== d.id) throw duplicateCode(d.code);
    updateDelegate(ctx.db, d, ctx.now());
    appendAudit(ctx.db, ctx.now(), { action: 'delegate.update', entity: 'delegate', entityId: d.id, before, after: d });
  });
  delegatesChanged(ctx);
  return d;
}

/** Removal keeps the row and its attendance history; the delegate just stops counting. */
export function removeDelegate(ctx: CongressContext, id: number, reason: string | null): void {
  inTransaction(ctx, () => {
    const before = getActiveDelegate(ctx.db, id);
    if (!before) throw missing('delegate', { id });
    markDelegateRemoved(ctx.db, id, reason, ctx.now());
    appendAudit(ctx.db, ctx.now(), { action: 'delegate.remove', entity: 'delegate', entityId: id, before, reason });
  });
  delegatesChanged(ctx);
}

/** Diacritic- and case-blind: "nguyen thi hang" finds "Nguyễn Thị Hằng", "duc" finds "Đức". */
export function searchDelegates(ctx: CongressContext, query: string, limit = 50): Delegate[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  return searchActiveDelegates(ctx.db, words, limit);
}
