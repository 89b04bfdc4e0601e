/**
 * The counting board decides a doubtful scanned paper one item at a time through the contract
 * (papers:pending, papers:decide): a doubtful row struck or kept, the page's doubts cleared, or the whole
 * paper invalid; the paper enters its pass (source 'review') only when nothing on it is undecided, every
 * decision is audited with what the machine saw, and the count waits until every paper is in.
 */
import Database from 'better-sqlite3';
import type { Caller } from '../../../shared/contract/envelope';
import { recordScannedPages } from '../../../main/services/scan-service';
import { steppingClock, type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressFor } from '../exports/export-setup';
import { readableBallot } from './read-pages';
import { NAMES } from './scan-setup';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine(steppingClock());
});
afterEach(() => t.dispose());

const board = (deviceId: string): { caller: Caller } => ({ caller: { role: 'operator', deviceId, deviceName: deviceId } });

async function refusal(input: Record<string, unknown>) {
  const r = await t.engine.invoke('papers:decide', input, board('BAN1'));
  return r.ok ? null : [r.error.code, r.error.key, r.error.params];
}

describe('the board decides a doubtful scanned paper item by item', () => {
  it('records a paper only when its last doubt is decided, refuses what is not in doubt, and the count waits for every paper', async () => {
    await congressFor(t, 6, 6);
    const { id, page } = await readableBallot(t, NAMES, 9);
    const report = recordScannedPages(t.engine.context(), {
      ballotId: id,
      pass: 1,
      pages: [
        page(1, { 1: 'struck', 2: 'struck', 3: 'struck' }),
        page(1, { 4: 'struck', 5: 'struck', 6: ['short-line'], 8: ['faint'] }, ['writing']),
        page(1, { 1: 'struck', 2: 'struck', 3: 'struck' }, ['no-stamp']),
        page(1, { 1: 'struck', 2: 'struck', 3: 'struck', 9: ['extra-ink'] }),
      ],
    });
    expect([report.accepted, report.pending]).toEqual([1, 3]);

    const pending = await t.engine.call('papers:pending', { ballotId: id });
    expect(pending.map((p) => [p.paper, p.doubts, p.cleared])).toEqual([
      [2, ['writing'], false],
      [3, ['no-stamp'], false],
      [4, [], false],
    ]);
    expect(pending[0]!.rows.filter((r) => r.decision === 'doubtful')).toEqual([
      { number: 6, decision: 'doubtful', reasons: ['short-line'], sheet: 1 },
      { number: 8, decision: 'doubtful', reasons: ['faint'], sheet: 1 },
    ]);
    const countRefused = async () => {
      const r = await t.engine.invoke('ballots:count', { id });
      return r.ok ? null : [r.error.code, r.error.params];
    };
    expect(await countRefused()).toEqual(['SCAN_PENDING', { count: 3, papers: '2, 3, 4' }]);

    // paper 2: row 6 struck, row 8 kept, then the page's writing cleared: only then is it in the pass
    const decide = (input: Record<string, unknown>, device = 'BAN1') =>
      t.engine.call('papers:decide', { ballotId: id, ...input }, board(device));
    expect(await decide({ paper: 2, rows: [{ number: 6, mark: 'struck' }] })).toEqual({ pass: 1, paper: 2, recorded: false, undecided: 2 });
    expect((await t.engine.call('papers:list', { ballotId: id, pass: 1 })).map((p) => p.paper)).toEqual([1]);
    expect(await decide({ paper: 2, rows: [{ number: 8, mark: 'kept' }] }, 'BAN2')).toEqual({
      pass: 1,
      paper: 2,
      recorded: false,
      undecided: 1,
    });
    const partly = (await t.engine.call('papers:pending', { ballotId: id }))[0]!;
    expect(partly.rows.filter((r) => r.board).map((r) => [r.number, r.board])).toEqual([
      [6, 'struck'],
      [8, 'kept'],
    ]);
    expect(partly.cleared).toBe(false);
    expect(await decide({ paper: 2, valid: true })).toEqual({ pass: 1, paper: 2, recorded: true, undecided: 0 });

    // paper 3: only its page was in doubt
    expect(await decide({ paper: 3, valid: true })).toEqual({ pass: 1, paper: 3, recorded: true, undecided: 0 });

    // refused by key: a row the machine was sure of, a page without doubt, a paper already in, one unknown, both ways at once
    expect(await refusal({ ballotId: id, paper: 4, rows: [{ number: 1, mark: 'kept' }] })).toEqual([
      'INVALID_INPUT',
      'scan.rowNotDoubtful',
      { paper: 4, number: 1 },
    ]);
    expect(await refusal({ ballotId: id, paper: 4, valid: true })).toEqual(['INVALID_INPUT', 'scan.noPageDoubt', { paper: 4 }]);
    expect(await refusal({ ballotId: id, paper: 2, rows: [{ number: 6, mark: 'kept' }] })).toEqual([
      'PAPER_EXISTS',
      'scan.alreadyRecorded',
      { paper: 2, pass: 1 },
    ]);
    expect(await refusal({ ballotId: id, paper: 1, invalid: 'written_in' })).toEqual([
      'PAPER_EXISTS',
      'scan.alreadyRecorded',
      { paper: 1, pass: 1 },
    ]);
    expect(await refusal({ ballotId: id, paper: 99, valid: true })).toEqual(['NOT_FOUND', 'scan.notPending', { paper: 99 }]);
    expect(await refusal({ ballotId: id, paper: 4, invalid: 'written_in', rows: [{ number: 9, mark: 'kept' }] })).toEqual([
      'INVALID_INPUT',
      'scan.decideOne',
      undefined,
    ]);
    expect(await countRefused()).toEqual(['SCAN_PENDING', { count: 1, papers: '4' }]);

    // paper 4: the board finds writing in its name row and decides the whole paper invalid at once
    expect(await decide({ paper: 4, invalid: 'written_in' })).toEqual({ pass: 1, paper: 4, recorded: true, undecided: 0 });
    expect(await t.engine.call('papers:pending', { ballotId: id })).toEqual([]);

    const papers = await t.engine.call('papers:list', { ballotId: id, pass: 1 });
    expect(papers.map((p) => [p.paper, p.struck, p.invalid])).toEqual([
      [1, [1, 2, 3], null],
      [2, [4, 5, 6], null],
      [3, [1, 2, 3], null],
      [4, [], 'written_in'],
    ]);
    const counted = await t.engine.call('ballots:count', { id });
    expect([counted.returned, counted.valid, counted.invalid]).toEqual([4, 3, 1]);

    const file = t.file('c.congress');
    t.engine.close();
    const db = new Database(file, { readonly: true });
    const audit = db.prepare("SELECT entity_id, actor, before, after FROM audit WHERE action = 'scan.review' ORDER BY id").all() as {
      entity_id: string;
      actor: string;
      before: string;
      after: string;
    }[];
    const sources = db.prepare('SELECT paper, source, device FROM paper_entries WHERE ballot_id = ? ORDER BY paper').all(id);
    const decided = db.prepare('SELECT paper, decided_by, board FROM scanned_sheets WHERE ballot_id = ? ORDER BY paper').all(id);
    db.close();
    expect(audit.map((a) => [a.entity_id, JSON.parse(a.after) as unknown])).toEqual([
      [`${id}:1:2`, { rows: [{ number: 6, mark: 'struck' }], recorded: false, undecided: 2 }],
      [`${id}:1:2`, { rows: [{ number: 8, mark: 'kept' }], recorded: false, undecided: 1 }],
      [`${id}:1:2`, { valid: true, recorded: true, undecided: 0 }],
      [`${id}:1:3`, { valid: true, recorded: true, undecided: 0 }],
      [`${id}:1:4`, { struck: [], invalid: 'written_in', recorded: true, undecided: 0 }],
    ]);
    // each with what the machine saw, and who decided
    expect(JSON.parse(audit[1]!.before)).toEqual({
      seen: {
        rows: [
          { number: 6, reasons: ['short-line'] },
          { number: 8, reasons: ['faint'] },
        ],
        doubts: ['writing'],
      },
      board: [{ number: 6, mark: 'struck' }],
    });
    expect(audit[1]!.actor).toContain('BAN2');
    expect(sources).toEqual([
      { paper: 1, source: 'scan', device: null },
      { paper: 2, source: 'review', device: 'BAN1' },
      { paper: 3, source: 'review', device: 'BAN1' },
      { paper: 4, source: 'review', device: 'BAN1' },
    ]);
    expect(decided.map((d) => [(d as { paper: number }).paper, (d as { decided_by: string | null }).decided_by])).toEqual([
      [1, null],
      [2, 'BAN1'],
      [3, 'BAN1'],
      [4, 'BAN1'],
    ]);
    expect(JSON.parse((decided[1] as { board: string }).board)).toEqual({
      rows: [
        { number: 6, mark: 'struck' },
        { number: 8, mark: 'kept' },
      ],
      valid: true,
    });
  });

  it('keeps each decision on the sheet its row is on, and records a long paper once both sheets are decided', async () => {
    await congressFor(t, 3, 3);
    const names = Array.from({ length: 100 }, (_, i) => `Nguyễn Văn Tên ${i + 1}`);
    const { id, page, sheets } = await readableBallot(t, names, 90);
    expect(sheets).toBeGreaterThanOrEqual(2);
    const struck = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [92 + i, 'struck' as const]));
    const pages = [
      page(1, { 2: ['off-name'] }),
      ...Array.from({ length: sheets - 2 }, (_, i) => page(i + 2)),
      page(sheets, { ...struck, 91: ['faint'] }),
    ];
    recordScannedPages(t.engine.context(), { ballotId: id, pass: 1, pages });
    const [paper] = await t.engine.call('papers:pending', { ballotId: id });
    expect(paper!.rows.filter((r) => r.decision === 'doubtful').map((r) => [r.number, r.sheet])).toEqual([
      [2, 1],
      [91, sheets],
    ]);

    const decide = (rows: { number: number; mark: 'struck' | 'kept' }[]) =>
      t.engine.call('papers:decide', { ballotId: id, paper: 1, rows }, board('BAN1'));
    expect(await decide([{ number: 91, mark: 'struck' }])).toMatchObject({ recorded: false, undecided: 1 });
    const boards = t.engine.context().db.prepare('SELECT sheet, board FROM scanned_sheets WHERE ballot_id = ? ORDER BY sheet').all(id) as {
      sheet: number;
      board: string | null;
    }[];
    expect(boards.map((b) => [b.sheet, b.board && (JSON.parse(b.board) as unknown)])).toEqual(
      Array.from({ length: sheets }, (_, i) => [i + 1, i + 1 === sheets ? { rows: [{ number: 91, mark: 'struck' }], valid: false } : null]),
    );
    expect(await decide([{ number: 2, mark: 'kept' }])).toMatchObject({ recorded: true, undecided: 0 });
    const [entry] = await t.engine.call('papers:list', { ballotId: id, pass: 1 });
    expect(entry!.struck).toEqual(Array.from({ length: 10 }, (_, i) => 91 + i));
  });
});
