/**
 * The hashes a ballot paper's code carries (shared/domain/paper-code.ts), made here because they need
 * node:crypto: printing (main/export) and reading a scan (main/scan) both come here, so the two agree.
 * Only what every copy shares goes in: the congress, the ballot and its round, the list and the layout;
 * never anything of one copy (docs/exports.md, Ballot papers: why no serial).
 */
import { createHash } from 'node:crypto';
import { encodePaperCode } from '../../shared/domain/paper-code';
import type { SheetGeometry } from '../../shared/domain/paper-geometry';
import type { PaperLayout } from '../../shared/domain/paper-layout';
import type { Ballot } from '../db/ballots';
import type { CongressContext } from './context';
import { AppError } from '../../shared/contract/result';

const short = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8).toUpperCase();

/**
 * A congress file is the congress: its one congress row is written once at creation and its
 * created_at never changes (a renamed congress keeps its papers valid); a copy of the file is the same congress.
 */
function congressIdentity(ctx: CongressContext): string {
  const at = ctx.db.prepare('SELECT created_at FROM congress WHERE id = 1').pluck().get() as string | undefined;
  if (at === undefined) throw AppError.of('NO_CONGRESS_OPEN', 'export.noCongressInFile');
  return `congress|${at}`;
}

export function congressHash(ctx: CongressContext): string {
  return short(congressIdentity(ctx));
}

/** The ballot within its congress: its id, its round and the ballot it re-runs. */
export function ballotHash(ctx: CongressContext, ballot: Pick<Ballot, 'id' | 'round' | 'previousBallotId'>): string {
  return short(`${congressIdentity(ctx)}|ballot|${ballot.id}|round|${ballot.round}|after|${ballot.previousBallotId ?? ''}`);
}

/** Points to the hundredth: the same layout hashes the same on every machine. */
const rounded = (_key: string, value: unknown): unknown => (typeof value === 'number' ? Math.round(value * 100) / 100 : value);

/** The candidates in printed order and every sheet's geometry. */
export function layoutHash(candidates: Ballot['candidates'], sheets: readonly SheetGeometry[]): string {
  const list = candidates.map((c) => [c.number, c.name, c.showBirthDate ? c.birthDate : null]);
  return short(JSON.stringify({ list, sheets }, rounded));
}

/** The two hashes of a ballot's papers that come from the congress file, read with the ballot. */
export interface PaperIdentity {
  congress: string;
  ballot: string;
}

export function paperIdentity(ctx: CongressContext, ballot: Pick<Ballot, 'id' | 'round' | 'previousBallotId'>): PaperIdentity {
  return { congress: congressHash(ctx), ballot: ballotHash(ctx, ballot) };
}

/** The code of each sheet of a ballot's papers, in sheet order (the same on every copy). */
export function paperCodes(identity: PaperIdentity, candidates: Ballot['candidates'], layout: PaperLayout): string[] {
  const geometry = layout.sheets.map((s) => s.geometry);
  const hash = layoutHash(candidates, geometry);
  return geometry.map((g) => encodePaperCode({ ...identity, sheet: g.sheet, sheets: g.sheets, form: layout.form, layout: hash }));
}
