/**
 * Preparing a ballot: settings, the candidate list in printed order, opening it (which snapshots
 * the attendance counts) and the counts the board edits afterwards.
 */
import { AppError } from '../../shared/contract/result';
import { RULE_PRESETS } from '../../shared/domain/ballot';
import { sortCandidates } from '../../shared/domain/candidate-order';
import { normalizeText } from '../../shared/domain/vietnamese-text';
import { appendAudit } from '../db/audit';
import {
  type Ballot,
  type BallotSettings,
  type BallotSummary,
  type StoredCandidate,
  insertBallot,
  listBallots,
  replaceCandidates,
  setBallotCounts,
  setBallotState,
  updateBallotSettings,
} from '../db/ballots';
import { ImportFileError } from '../import/file-error';
import { type CandidateList, type CandidateMapping, readCandidates } from '../import/candidate-reader';
import { announce, cleanReason, loadBallot, reasonRequired, requireState } from './ballot-guards';
import { attendanceSummary } from './checkin-service';
import { type CongressContext, inTransaction } from './context';

export interface CandidateInput {
  name: string;
  birthDate: string | null;
  delegateId?: number | null;
}

export function ballotList(ctx: CongressContext): BallotSummary[] {
  return listBallots(ctx.db);
}

export function ballotById(ctx: CongressContext, id: number): Ballot {
  return loadBallot(ctx, id);
}

function checkSeats(s: Pick<BallotSettings, 'seats' | 'seatsApproved'>): void {
  if (s.seats > s.seatsApproved) {
    throw AppError.of(
      'COUNTS_INCONSISTENT',
      'ballot.seatsOverApproved',
      { seats: s.seats, seatsApproved: s.seatsApproved },
      { seats: s.seats, seatsApproved: s.seatsApproved },
    );
  }
}

export function createBallot(ctx: CongressContext, settings: BallotSettings): Ballot {
  checkSeats(settings);
  const id = inTransaction(ctx, () => {
    const at = ctx.now();
    const id = insertBallot(ctx.db, { ...settings, round: 1, previousBallotId: null }, at);
    appendAudit(ctx.db, at, { action: 'ballot.create', entity: 'ballot', entityId: id, after: settings });
    return id;
  });
  announce(ctx, id);
  return loadBallot(ctx, id);
}

/** While preparing everything may change; once open only the title, the rules and the entry mode. */
const OPEN_EDITABLE = new Set<keyof BallotSettings>(['title', 'preset', 'rules', 'entryMode']);

export function updateBallot(ctx: CongressContext, id: number, patch: Partial<BallotSettings>): Ballot {
  inTransaction(ctx, () => {
    const before = loadBallot(ctx, id);
    requireState(before, ['preparing', 'open'], 'edit');
    if (before.state === 'open') {
      const locked = (Object.keys(patch) as (keyof BallotSettings)[]).filter((k) => !OPEN_EDITABLE.has(k) && patch[k] !== before[k]);
      if (locked.length > 0) {
        throw AppError.of('BALLOT_WRONG_STATE', 'ballot.fieldsLocked', { fields: locked.join(', ') }, { fields: locked });
      }
    }
    // A preset chosen without explicit rules brings its rules.
    const rules = patch.rules ?? (patch.preset ? { ...RULE_PRESETS[patch.preset] } : before.rules);
    const next: BallotSettings = {
      title: patch.title ?? before.title,
      kind: patch.kind ?? before.kind,
      seatsApproved: patch.seatsApproved ?? before.seatsApproved,
      seats: patch.seats ?? before.seats,
      method: patch.method ?? before.method,
      preset: patch.preset === undefined ? before.preset : patch.preset,
      rules,
      entryMode: patch.entryMode ?? before.entryMode,
      passes: patch.passes ?? before.passes,
    };
    checkSeats(next);
    const at = ctx.now();
    updateBallotSettings(ctx.db, id, next, at);
    appendAudit(ctx.db, at, { action: 'ballot.update', entity: 'ballot', entityId: id, before: settingsOf(before), after: next });
  });
  announce(ctx, id);
  return loadBallot(ctx, id);
}

function settingsOf(b: Ballot): BallotSettings {
  const { title, kind, seatsApproved, seats, method, preset, rules, entryMode, passes } = b;
  return { title, kind, seatsApproved, seats, method, preset, rules, entryMode, passes };
}

/** Numbers 1..n in printed order: Vietnamese alphabetical, or as sent when the order is overridden. */
function numberCandidates(list: readonly CandidateInput[], overrideReason: string | null): StoredCandidate[] {
  const normalised = list.map((c) => ({ name: normalizeText(c.name), birthDate: c.birthDate, delegateId: c.delegateId ?? null }));
  const empty = normalised.findIndex((c) => c.name === '');
  if (empty >= 0) {
    throw AppError.of('INVALID_INPUT', 'ballot.candidateNoName', { position: String(empty + 1) });
  }
  const ordered = overrideReason ? normalised : sortCandidates(normalised);
  return ordered.map((c, i) => ({ ...c, number: i + 1 }));
}

export function setCandidates(
  ctx: CongressContext,
  id: number,
  list: readonly CandidateInput[],
  orderOverrideReason?: string,
  source?: string,
): Ballot {
  const reason = cleanReason(orderOverrideReason);
  const candidates = numberCandidates(list, reason);
  inTransaction(ctx, () => {
    const before = loadBallot(ctx, id);
    requireState(before, ['preparing'], 'changeList');
    const at = ctx.now();
    replaceCandidates(ctx.db, id, candidates, reason, at);
    appendAudit(ctx.db, at, {
      action: reason ? 'ballot.candidates.orderOverride' : 'ballot.candidates',
      entity: 'ballot',
      entityId: id,
      before: before.candidates.map(({ number, name, birthDate }) => ({ number, name, birthDate })),
      after: { source: source ?? 'input', candidates: candidates.map(({ number, name, birthDate }) => ({ number, name, birthDate })) },
      reason,
    });
  });
  announce(ctx, id);
  return loadBallot(ctx, id);
}

export interface CandidateFile {
  fileName: string;
  contentBase64: string;
  mapping?: Record<string, string | null>;
}

/** The file read and checked, nothing written: a file the reader cannot take at all is refused by its key. */
async function previewCandidateFile(file: CandidateFile): Promise<CandidateList> {
  const mapping: CandidateMapping | undefined = file.mapping
    ? Object.fromEntries(Object.entries(file.mapping).map(([k, v]) => [Number(k), v as CandidateMapping[number]]))
    : undefined;
  try {
    return await readCandidates(Buffer.from(file.contentBase64, 'base64'), file.fileName, mapping);
  } catch (error) {
    if (error instanceof ImportFileError) {
      throw AppError.of('ROSTER_FILE_REJECTED', error.key, error.params, { reason: error.code, fileName: file.fileName });
    }
    throw error;
  }
}

/** Reads the file and refuses it whole if any row is bad (the roster's all-or-nothing rule). */
export async function readCandidateFile(file: CandidateFile): Promise<CandidateInput[]> {
  const list = await previewCandidateFile(file);
  if (list.errors.length > 0) {
    const rows = new Set(list.errors.map((e) => e.row)).size;
    throw AppError.of('ROSTER_HAS_ERRORS', 'ballot.candidateFileErrors', { fileName: file.fileName, count: rows }, { errors: list.errors });
  }
  if (list.candidates.length === 0) {
    throw AppError.of('NOTHING_TO_IMPORT', 'ballot.candidateFileEmpty', { fileName: file.fileName });
  }
  return list.candidates.map(({ name, birthDate }) => ({ name, birthDate }));
}

/** What the operator sees before importing: refused early, like the import, when the list can no longer change. */
export async function previewCandidates(ctx: CongressContext, id: number, file: CandidateFile): Promise<CandidateList> {
  requireState(loadBallot(ctx, id), ['preparing'], 'changeList');
  return previewCandidateFile(file);
}

export async function importCandidates(ctx: CongressContext, id: number, file: CandidateFile): Promise<Ballot> {
  // Refuse early, before reading the file, so a locked ballot says so rather than "bad row 7".
  requireState(loadBallot(ctx, id), ['preparing'], 'changeList');
  const list = await readCandidateFile(file);
  return setCandidates(ctx, id, list, undefined, file.fileName);
}

/** Official delegates summoned and present in the current session, at this moment. */
function attendanceSnapshot(ctx: CongressContext): { summoned: number; present: number | null } {
  try {
    const s = attendanceSummary(ctx);
    return { summoned: s.summoned, present: s.present };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'NOT_FOUND') throw error;
    // No session: the roster still says who is summoned; presence must be entered by hand.
    return { summoned: ctx.delegates().filter((d) => d.status === 'official').length, present: null };
  }
}

export function openBallot(ctx: CongressContext, id: number): Ballot {
  inTransaction(ctx, () => {
    const before = loadBallot(ctx, id);
    requireState(before, ['preparing'], 'open');
    if (before.candidates.length === 0) {
      throw AppError.of('BALLOT_WRONG_STATE', 'ballot.noCandidates', { title: before.title });
    }
    const snapshot = attendanceSnapshot(ctx);
    const counts = { ...snapshot, issued: before.counts.issued };
    const at = ctx.now();
    setBallotCounts(ctx.db, id, counts, at);
    setBallotState(ctx.db, id, 'open', at);
    appendAudit(ctx.db, at, {
      action: 'ballot.open',
      entity: 'ballot',
      entityId: id,
      before: { state: before.state },
      after: { state: 'open', counts },
    });
  });
  announce(ctx, id);
  return loadBallot(ctx, id);
}

/**
 * Papers issued can be entered until the count. The numbers present and summoned were snapshotted at
 * open and are bases for "more than half", so changing either needs a reason (audited, before and after).
 */
const SNAPSHOTS = {
  present: { action: 'changePresent', reason: 'ballotPresent' },
  // Party rules (190-QĐ/TW): summoned minus those absent throughout with no alternate replacing them.
  summoned: { action: 'changeSummoned', reason: 'ballotSummoned' },
} as const;

export function setCounts(
  ctx: CongressContext,
  id: number,
  input: { issued?: number; present?: number; summoned?: number; reason?: string },
): Ballot {
  inTransaction(ctx, () => {
    const before = loadBallot(ctx, id);
    const reason = cleanReason(input.reason);
    requireState(before, ['preparing', 'open'], 'changeCounts');
    const counts = { ...before.counts };
    if (input.issued !== undefined) counts.issued = input.issued;
    for (const key of ['present', 'summoned'] as const) {
      const value = input[key];
      if (value === undefined || value === before.counts[key]) continue;
      const what = SNAPSHOTS[key];
      requireState(before, ['open'], what.action);
      if (!reason) throw reasonRequired(what.reason);
      counts[key] = value;
    }
    const at = ctx.now();
    setBallotCounts(ctx.db, id, counts, at);
    appendAudit(ctx.db, at, { action: 'ballot.counts', entity: 'ballot', entityId: id, before: before.counts, after: counts, reason });
  });
  announce(ctx, id);
  return loadBallot(ctx, id);
}
