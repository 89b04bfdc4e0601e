import { countAudit } from '../../../main/db/audit';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressWith, names, refusal, settings } from './ballot-setup';
import { warningTexts } from '../../helpers/error-text';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

// 5 candidates, 3 seats; after sorting: 1 Trần Thị Anh, 2 Lê Văn Ánh, 3 Nguyễn Văn Bình, 4 Hoàng Thị Dung, 5 Phạm Đức
const LIST = names('Nguyễn Văn Bình', 'Phạm  Đức', 'Trần Thị Anh', 'Hoàng Thị Dung', 'Lê Văn Ánh');

// struck numbers per paper; 7 keeps all 5 (too many), 8 is marked invalid by the board
const PAPERS: [number, number[]][] = [
  [1, [4, 5]],
  [2, [4, 5]],
  [3, [3, 5]],
  [4, [3, 5]],
  [5, [2, 5]],
  [6, [1, 5]],
  [7, []],
  [8, [4, 5]],
];

describe('ballot lifecycle', () => {
  it('runs create → sorted list → open → two passes → resolve → count → publish → project → finalize → reopen', async () => {
    await congressWith(t, 10, 8);
    const created = await t.engine.call('ballots:create', settings());
    expect(created).toMatchObject({ state: 'preparing', round: 1, previousBallotId: null, candidates: [] });
    const id = created.id;

    const listed = await t.engine.call('ballots:setCandidates', { id, candidates: LIST });
    expect(listed.candidates.map((c) => [c.number, c.name])).toEqual([
      [1, 'Trần Thị Anh'],
      [2, 'Lê Văn Ánh'],
      [3, 'Nguyễn Văn Bình'],
      [4, 'Hoàng Thị Dung'],
      [5, 'Phạm Đức'],
    ]);
    expect(listed.orderOverrideReason).toBeNull();
    // Two passes, chosen before opening.
    await t.engine.call('ballots:update', { id, passes: 2 });

    const opened = await t.engine.call('ballots:open', { id });
    expect(opened.state).toBe('open');
    expect(opened.counts).toEqual({ summoned: 10, present: 8, issued: null });
    await t.engine.call('ballots:setCounts', { id, issued: 8 });

    t.events.length = 0;
    for (const pass of [1, 2]) {
      for (const [paper, struck] of PAPERS) {
        // pass 2 misreads paper 3
        const numbers = pass === 2 && paper === 3 ? [3, 4] : struck;
        const r = await t.engine.call('papers:record', { ballotId: id, pass, paper, numbers, invalid: paper === 8 ? 'written_in' : null });
        if (paper === 7) {
          expect(r.valid).toBe(false);
          expect(r.invalidReason).toBe('too_many_kept');
        }
      }
    }
    // The welcome slide is on air: papers of this ballot never redraw the hall.
    expect(t.events.filter((e) => e.name === 'ballots:changed')).toHaveLength(16);
    expect(t.events.some((e) => e.name === 'projector:changed')).toBe(false);
    const progress = await t.engine.call('ballots:progress', { id });
    expect(progress.entered).toEqual([
      { pass: 1, papers: 8, nextPaper: 9 },
      { pass: 2, papers: 8, nextPaper: 9 },
    ]);
    expect(progress.discrepancies).toEqual([3]);
    expect(progress.tally.returned).toBe(7); // paper 3 is not counted until settled

    const refused = await refusal(t.engine.call('ballots:count', { id }));
    expect(refused.code).toBe('PASSES_DISAGREE');
    expect(refused.details).toEqual({ papers: [3] });
    expect((await t.engine.call('ballots:tally', { id })).discrepancies).toEqual([3]);

    await t.engine.call('papers:resolve', { ballotId: id, paper: 3, numbers: [5, 3], invalid: null });
    expect((await t.engine.call('ballots:progress', { id })).discrepancies).toEqual([]);

    const counted = await t.engine.call('ballots:count', { id });
    expect(counted).toMatchObject({ seats: 3, issued: 8, returned: 8, valid: 6, invalid: 2, base: { kind: 'present', value: 8 } });
    expect(counted.invalidByReason).toMatchObject({ too_many_kept: 1, written_in: 1, all_struck: 0 });
    expect(counted.candidates.map((c) => [c.number, c.votes, c.percentOfBase, c.percentOfValid, c.passed, c.elected])).toEqual([
      [1, 5, 6250, 8333, true, true],
      [2, 5, 6250, 8333, true, true],
      [3, 4, 5000, 6667, false, false], // exactly half of those present is not more than half
      [4, 4, 5000, 6667, false, false],
      [5, 0, 0, 0, false, false],
    ]);
    expect(counted.elected).toEqual([1, 2]);
    expect(counted).toMatchObject({ seatsFilled: 2, seatsOpen: 1, tie: null });

    // Not on the wall before it is published.
    expect((await refusal(t.engine.call('projector:set', { slide: 'ballot_result', ballotId: id }))).code).toBe('BALLOT_NOT_PUBLISHED');
    expect((await t.engine.call('ballots:publish', { id })).state).toBe('published');
    t.events.length = 0;
    await t.engine.call('projector:set', { slide: 'ballot_result', ballotId: id });
    const view = await t.engine.call('projector:view', {});
    expect(view.slide).toBe('ballot_result');
    expect(view.ballot?.ballot.title).toBe(created.title);
    expect(view.ballot?.tally.elected).toEqual([1, 2]);
    expect(view.ballot?.tally.candidates[0]).toMatchObject({ name: 'Trần Thị Anh', votes: 5 });
    expect(t.events.some((e) => e.name === 'projector:changed')).toBe(true);

    expect((await t.engine.call('ballots:finalize', { id })).state).toBe('finalized');
    const writes = [
      t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 9, numbers: [], invalid: null }),
      t.engine.call('ballots:setCounts', { id, issued: 9 }),
      t.engine.call('ballots:update', { id, title: 'Khác' }),
      t.engine.call('ballots:setCandidates', { id, candidates: LIST }),
      t.engine.call('papers:void', { ballotId: id, pass: 1, paper: 1, reason: 'thử' }),
      t.engine.call('ballots:aggregate', { ballotId: id, valid: 1, invalid: 0, votes: {} }),
      t.engine.call('ballots:publish', { id }),
    ];
    for (const w of writes) expect((await refusal(w)).code).toBe('BALLOT_FINALIZED');

    expect((await refusal(t.engine.call('ballots:reopen', { id, reason: '   ' }))).code).toMatch(/REASON_REQUIRED|INVALID_INPUT/);
    t.events.length = 0;
    const reopened = await t.engine.call('ballots:reopen', { id, reason: 'Khiếu nại về phiếu số 5' });
    expect(reopened.state).toBe('open');
    // The reopened ballot leaves the wall at once.
    const pushed = t.events.filter((e) => e.name === 'projector:changed').at(-1)?.payload as { view: { slide: string; ballot: unknown } };
    expect(pushed.view).toMatchObject({ slide: 'blank', ballot: null });
    const db = t.engine.context().db;
    const audit = db.prepare("SELECT reason FROM audit WHERE action = 'ballot.reopen'").get() as { reason: string };
    expect(audit.reason).toBe('Khiếu nại về phiếu số 5');
    expect(countAudit(db, 'ballot.count')).toBe(1);
  });

  it('refuses seats above the approved number, naming both', async () => {
    await congressWith(t, 3, 3);
    const e = await refusal(t.engine.call('ballots:create', settings({ seatsApproved: 5, seats: 7 })));
    expect(e.code).toBe('COUNTS_INCONSISTENT');
    expect(e.message).toContain('7');
    expect(e.message).toContain('5');
  });

  it('keeps an overridden order with its reason, and flags identical names', async () => {
    await congressWith(t, 3, 3);
    const { id } = await t.engine.call('ballots:create', settings());
    const list = [
      { name: 'Phạm Đức', birthDate: null },
      { name: 'Nguyễn Văn An', birthDate: '1980-05-02' },
      { name: 'Nguyễn Văn An', birthDate: '1975' },
    ];
    const sorted = await t.engine.call('ballots:setCandidates', { id, candidates: list });
    expect(sorted.candidates.map((c) => [c.name, c.birthDate, c.showBirthDate])).toEqual([
      ['Nguyễn Văn An', '1975', true],
      ['Nguyễn Văn An', '1980-05-02', true],
      ['Phạm Đức', null, false],
    ]);
    const kept = await t.engine.call('ballots:setCandidates', { id, candidates: list, orderOverrideReason: 'Theo cơ cấu được duyệt' });
    expect(kept.candidates.map((c) => c.name)).toEqual(['Phạm Đức', 'Nguyễn Văn An', 'Nguyễn Văn An']);
    expect(kept.orderOverrideReason).toBe('Theo cơ cấu được duyệt');
    const row = t.engine.context().db.prepare("SELECT reason FROM audit WHERE action = 'ballot.candidates.orderOverride'").get() as {
      reason: string;
    };
    expect(row.reason).toBe('Theo cơ cấu được duyệt');
    await t.engine.call('ballots:open', { id });
    expect((await refusal(t.engine.call('ballots:setCandidates', { id, candidates: list }))).code).toBe('BALLOT_WRONG_STATE');
  });

  it('needs a reason to change the number present after opening, and audits before and after', async () => {
    await congressWith(t, 6, 5);
    const { id } = await t.engine.call('ballots:create', settings());
    await t.engine.call('ballots:setCandidates', { id, candidates: LIST });
    await t.engine.call('ballots:open', { id });
    expect((await refusal(t.engine.call('ballots:setCounts', { id, present: 4 }))).code).toBe('REASON_REQUIRED');
    const b = await t.engine.call('ballots:setCounts', { id, present: 4, reason: 'Một đại biểu về sớm trước khi phát phiếu' });
    expect(b.counts).toEqual({ summoned: 6, present: 4, issued: null });
    const row = t.engine.context().db.prepare("SELECT before, after, reason FROM audit WHERE action = 'ballot.counts'").get() as Record<
      string,
      string
    >;
    expect(JSON.parse(row.before!)).toMatchObject({ present: 5 });
    expect(JSON.parse(row.after!)).toMatchObject({ present: 4 });
    expect(row.reason).toBe('Một đại biểu về sớm trước khi phát phiếu');
    // issued needs no reason
    expect((await t.engine.call('ballots:setCounts', { id, issued: 4 })).counts.issued).toBe(4);
  });

  it('lets the Party base (summoned) be reduced with a reason, and counts "more than half" against it', async () => {
    await congressWith(t, 10, 8);
    const { id } = await t.engine.call(
      'ballots:create',
      settings({ preset: 'party', rules: { base: 'summoned', allStruck: 'invalid', tie: 'rerun' }, seats: 2, seatsApproved: 2 }),
    );
    await t.engine.call('ballots:setCandidates', { id, candidates: LIST });
    await t.engine.call('ballots:open', { id });
    expect((await t.engine.call('ballots:get', { id })).counts.summoned).toBe(10);
    expect((await refusal(t.engine.call('ballots:setCounts', { id, summoned: 8 }))).code).toBe('REASON_REQUIRED');
    // 190-QĐ/TW: two official delegates absent throughout with no alternate replacing them.
    await t.engine.call('ballots:setCounts', {
      id,
      summoned: 8,
      reason: '2 đại biểu vắng mặt suốt thời gian đại hội, không có dự khuyết thay',
    });
    // 5 papers keep the first name only: 5 votes, 5 × 2 > 8 passes (it would not against 10).
    for (let paper = 1; paper <= 5; paper++) {
      await t.engine.call('papers:record', {
        ballotId: id,
        pass: 1,
        paper,
        numbers: LIST.map((_, i) => i + 1).filter((n) => n !== 1),
        invalid: null,
      });
    }
    const tally = await t.engine.call('ballots:count', { id });
    expect(tally.base).toEqual({ kind: 'summoned', value: 8 });
    expect(tally.candidates.find((c) => c.number === 1)).toMatchObject({ votes: 5, passed: true, elected: true });
    const audit = t.engine.context().db.prepare("SELECT reason FROM audit WHERE action = 'ballot.counts'").get() as { reason: string };
    expect(audit.reason).toContain('không có dự khuyết thay');
  });

  it('refuses a count with more papers returned than issued', async () => {
    await congressWith(t, 3, 3);
    const { id } = await t.engine.call('ballots:create', settings({ seats: 1, seatsApproved: 1 }));
    await t.engine.call('ballots:setCandidates', { id, candidates: names('Lê An', 'Võ Bình') });
    await t.engine.call('ballots:open', { id });
    await t.engine.call('ballots:setCounts', { id, issued: 1 });
    await t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 1, numbers: [2], invalid: null });
    const r = await t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 2, numbers: [2], invalid: null });
    expect(warningTexts(r.warnings)).toContain('Đã nhập 2 phiếu, nhiều hơn số phiếu phát ra (1)');
    expect((await refusal(t.engine.call('ballots:count', { id }))).code).toBe('COUNTS_INCONSISTENT');
  });
});
