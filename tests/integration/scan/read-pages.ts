/**
 * Pages as main/scan would hand them over, the readings made here and the codes the app's own, so the
 * engine's side of scanning (recording, the board's review, the entry log) is tested without pixels.
 */
import { layoutHash, paperIdentity } from '../../../main/services/paper-identity';
import { type ReadPage, recordScannedPages } from '../../../main/services/scan-service';
import { encodePaperCode } from '../../../shared/domain/paper-code';
import type { PageDoubt, RowReason } from '../../../shared/domain/mark-decision';
import { markingFor, sheetsOf } from '../../../shared/domain/paper-layout';
import type { RowReading } from '../../../shared/domain/scan-page';
import type { TempEngine } from '../../helpers/temp-engine';
import { NAMES, scanBallot } from './scan-setup';

const FORM = { perPage: 1, columns: 1, size: 12 } as const;

/** How the machine read one row: struck, or doubtful for these reasons; rows not given are kept. */
export type Seen = Partial<Record<number, 'struck' | readonly RowReason[]>>;

/** An open strike-list ballot of `names`, and pages of its papers as read: `page(sheet, seen, doubts)`. */
export async function readableBallot(t: TempEngine, names: readonly string[], seats: number) {
  const id = await scanBallot(t, 'Hiệp thương cử Ủy ban MTTQ Việt Nam phường Ngọc Hà khóa I', names, seats);
  const ballot = await t.engine.call('ballots:get', { id });
  const sheets = sheetsOf(FORM, markingFor(names.length, seats), names); // Đồng ý / Không đồng ý cells without surplus
  const identity = paperIdentity(t.engine.context(), ballot);
  const layout = layoutHash(
    ballot.candidates,
    sheets.map((s) => s.geometry),
  );
  let n = 0;
  /** A page of sheet `sheet` read as `seen`, with its page doubts; its content hash and kept image are new each time. */
  const page = (sheet: number, seen: Seen = {}, doubts: readonly PageDoubt[] = []): ReadPage => {
    n++;
    const rows: RowReading[] = sheets[sheet - 1]!.geometry.rows.map(({ number }) => {
      const s = seen[number];
      return s === undefined
        ? { number, decision: 'kept', reasons: [] }
        : s === 'struck'
          ? { number, decision: 'struck', reasons: [] }
          : { number, decision: 'doubtful', reasons: s };
    });
    const review = doubts.length > 0 || rows.some((r) => r.decision === 'doubtful');
    const code = encodePaperCode({ ...identity, sheet, sheets: sheets.length, form: FORM, layout });
    return {
      file: `to-${n}.jpg`,
      page: 1,
      hash: n.toString(16).padStart(64, '0'),
      image: n.toString(16).padStart(2, '0').repeat(32),
      reading: { kind: 'read', code, orientation: 0, rows, doubts, review },
    };
  };
  return { id, sheets: sheets.length, page };
}

/**
 * The pass the review's tests start from, recorded by the engine: paper 1 read by the machine alone;
 * paper 2 doubtful at names 6 (a short line) and 8 (faint) and on its page (writing); paper 3 at name 9
 * (extra ink). Returns the ballot.
 */
export async function doubtfulPass(t: TempEngine): Promise<number> {
  const { id, page } = await readableBallot(t, NAMES, 9);
  recordScannedPages(t.engine.context(), {
    ballotId: id,
    pass: 1,
    pages: [
      page(1, { 1: 'struck', 2: 'struck', 3: 'struck' }),
      page(1, { 4: 'struck', 5: 'struck', 6: ['short-line'], 8: ['faint'] }, ['writing']),
      page(1, { 1: 'struck', 2: 'struck', 3: 'struck', 9: ['extra-ink'] }),
    ],
  });
  return id;
}
