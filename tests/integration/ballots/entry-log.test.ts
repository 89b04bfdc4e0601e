import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressWith, names, settings } from './ballot-setup';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

const record = (
  ballotId: number,
  pass: number,
  paper: number,
  numbers: number[],
  extra: { invalid?: 'written_in'; replaceReason?: string } = {},
) =>
  t.engine.call('papers:record', {
    ballotId,
    pass,
    paper,
    numbers,
    invalid: extra.invalid ?? null,
    ...(extra.replaceReason ? { replaceReason: extra.replaceReason } : {}),
  });

describe('the entry log (nhật ký nhập phiếu)', () => {
  it('lists every paper and pass, the settlement of a disagreement, what the count used, and every correction with its reason', async () => {
    await congressWith(t, 5, 5);
    // Another ballot first, so this one's audit ids ("2:…") must not pick up ballot 1's.
    const other = await t.engine.call('ballots:create', settings({ title: 'Cuộc khác', passes: 1 }));
    await t.engine.call('ballots:setCandidates', { id: other.id, candidates: names('A B', 'C D', 'E F', 'G H') });
    await t.engine.call('ballots:open', { id: other.id });
    await record(other.id, 1, 1, [1], { replaceReason: undefined });
    await record(other.id, 1, 1, [2], { replaceReason: 'của cuộc khác' });

    const { id } = await t.engine.call('ballots:create', settings({ passes: 2, seats: 2, seatsApproved: 2 }));
    await t.engine.call('ballots:setCandidates', {
      id,
      candidates: names('Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Văn Dũng'),
    });
    await t.engine.call('ballots:open', { id });
    for (const pass of [1, 2]) {
      await record(id, pass, 1, [1, 2]);
      await record(id, pass, 2, pass === 1 ? [3, 4] : [2, 4]); // the passes disagree on paper 2
      await record(id, pass, 3, [], { invalid: 'written_in' });
    }
    await record(id, 1, 4, [1]); // pass 2 lacks paper 4
    await record(id, 1, 1, [1, 3], { replaceReason: 'Gõ nhầm số 2' });
    await record(id, 2, 1, [1, 3], { replaceReason: 'Gõ nhầm số 2' });
    await t.engine.call('papers:void', { ballotId: id, pass: 1, paper: 4, reason: 'Phiếu của cuộc bầu khác' });
    await t.engine.call('papers:resolve', { ballotId: id, paper: 2, numbers: [3, 4], invalid: null });

    const log = await t.engine.call('papers:log', { ballotId: id });
    expect(log.rows.map((r) => [r.paper, r.passes.map((p) => p && p.struck), r.agreed, r.resolution, r.counted])).toEqual([
      [
        1,
        [
          [1, 3],
          [1, 3],
        ],
        true,
        null,
        { struck: [1, 3], invalid: null, valid: true },
      ],
      [
        2,
        [
          [3, 4],
          [2, 4],
        ],
        false,
        { struck: [3, 4], invalid: null },
        { struck: [3, 4], invalid: null, valid: true },
      ],
      [3, [[], []], true, null, { struck: [], invalid: 'written_in', valid: false }],
    ]);
    expect(log.corrections.map((c) => [c.action, c.pass, c.paper, c.before?.struck ?? null, c.after?.struck ?? null, c.reason])).toEqual([
      ['replace', 1, 1, [1, 2], [1, 3], 'Gõ nhầm số 2'],
      ['replace', 2, 1, [1, 2], [1, 3], 'Gõ nhầm số 2'],
      ['void', 1, 4, [1], null, 'Phiếu của cuộc bầu khác'],
      ['resolve', null, 2, null, [3, 4], null],
    ]);
    // The log and the count tell the same story.
    const tally = await t.engine.call('ballots:tally', { id });
    expect([tally.returned, tally.valid, tally.invalid]).toEqual([3, 2, 1]);
  });

  it('shows a paper the passes disagree on as unsettled, counted by nobody', async () => {
    await congressWith(t, 3, 3);
    const { id } = await t.engine.call('ballots:create', settings({ passes: 2 }));
    await t.engine.call('ballots:setCandidates', { id, candidates: names('A B', 'C D', 'E F', 'G H') });
    await t.engine.call('ballots:open', { id });
    await record(id, 1, 1, [1]);
    const log = await t.engine.call('papers:log', { ballotId: id });
    expect(log.rows).toEqual([
      { paper: 1, passes: [expect.objectContaining({ struck: [1] }), null], agreed: false, resolution: null, counted: null },
    ]);
  });
});
