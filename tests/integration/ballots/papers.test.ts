import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressWith, names, refusal, settings } from './ballot-setup';
import { errorText, warningTexts } from '../../helpers/error-text';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

/** An open ballot of `n` candidates ("Người Số 1"… sorted, so numbers are not the suffixes). */
async function openBallot(n: number, seats: number, extra: Parameters<typeof settings>[0] = {}) {
  await congressWith(t, 5, 5);
  const { id } = await t.engine.call('ballots:create', settings({ seats, seatsApproved: seats, ...extra }));
  await t.engine.call('ballots:setCandidates', {
    id,
    candidates: names(...Array.from({ length: n }, (_, i) => `Người Thứ ${String.fromCharCode(65 + i)}`)),
  });
  await t.engine.call('ballots:open', { id });
  return id;
}

const papers = (ballotId: number, pass?: number) => t.engine.call('papers:list', pass === undefined ? { ballotId } : { ballotId, pass });

describe('paper entry', () => {
  it('flags a paper keeping more names than seats, with the numbers in the warning', async () => {
    const id = await openBallot(14, 11);
    const r = await t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 1, numbers: [1, 2], invalid: null });
    expect(r.valid).toBe(false);
    expect(r.invalidReason).toBe('too_many_kept');
    expect(r.warnings).toContainEqual({ key: 'paper.warn.tooManyKept', params: { kept: 12, seats: 11 } });
    expect(warningTexts(r.warnings)).toContain('Phiếu giữ lại 12 tên, quá 11 người được bầu: phiếu không hợp lệ');
    expect(warningTexts(r.warnings, 'en')).toContain('The paper keeps 12 names, more than the 11 seats: invalid paper');
    expect(r.entry).toMatchObject({ pass: 1, paper: 1, struck: [1, 2], invalid: null });
    const ok = await t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 2, numbers: [3, 1, 2, 3], invalid: null });
    expect(ok).toMatchObject({ valid: true, invalidReason: null, entry: { struck: [1, 2, 3] } });
    expect(warningTexts(ok.warnings).join(' ')).toContain('Số 3 được gõ nhiều lần');
  });

  it('refuses unknown candidate numbers and saves nothing', async () => {
    const id = await openBallot(5, 3);
    const e = await refusal(t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 1, numbers: [2, 9, 7], invalid: null }));
    expect(e.code).toBe('UNKNOWN_CANDIDATE_NUMBER');
    expect(e.details).toEqual({ numbers: [7, 9] });
    expect(e.message).toContain('7, 9');
    expect(await papers(id)).toEqual([]);
  });

  it('takes only the board\'s reasons with a paper: the software decides "too many kept" and "all struck"', async () => {
    const id = await openBallot(5, 3);
    for (const invalid of ['too_many_kept', 'all_struck']) {
      expect((await refusal(t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 1, numbers: [], invalid }))).code).toBe(
        'INVALID_INPUT',
      );
    }
    const r = await t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 1, numbers: [], invalid: 'written_in' });
    expect(r).toMatchObject({ valid: false, invalidReason: 'written_in' });
  });

  it('needs a reason to replace a paper already entered, and audits before and after', async () => {
    const id = await openBallot(5, 3);
    await t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 4, numbers: [1, 2], invalid: null });
    const e = await refusal(t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 4, numbers: [3, 4], invalid: null }));
    expect(e.code).toBe('PAPER_EXISTS');
    expect((await papers(id))[0]!.struck).toEqual([1, 2]);
    await t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 4, numbers: [3, 4], invalid: null, replaceReason: 'Gõ nhầm' });
    expect((await papers(id)).map((p) => p.struck)).toEqual([[3, 4]]);
    const row = t.engine.context().db.prepare("SELECT before, after, reason FROM audit WHERE action = 'paper.replace'").get() as Record<
      string,
      string
    >;
    expect(JSON.parse(row.before!)).toEqual({ ballotId: id, pass: 1, paper: 4, struck: [1, 2], invalid: null });
    expect(JSON.parse(row.after!)).toEqual({ ballotId: id, pass: 1, paper: 4, struck: [3, 4], invalid: null });
    expect(row.reason).toBe('Gõ nhầm');
  });

  it('voids a paper with a reason: gone from the list and the count, and its number can be entered again', async () => {
    const id = await openBallot(5, 3);
    await t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 1, numbers: [1, 2], invalid: null });
    await t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 2, numbers: [4, 5], invalid: null });
    expect(await t.engine.call('papers:void', { ballotId: id, pass: 1, paper: 2, reason: 'Nhập trùng một phiếu' })).toBeNull();
    expect((await papers(id)).map((p) => p.paper)).toEqual([1]);
    expect((await t.engine.call('ballots:tally', { id })).returned).toBe(1);
    expect((await refusal(t.engine.call('papers:void', { ballotId: id, pass: 1, paper: 2, reason: 'lần nữa' }))).code).toBe('NOT_FOUND');
    const row = t.engine.context().db.prepare("SELECT reason FROM audit WHERE action = 'paper.void'").get() as { reason: string };
    expect(row.reason).toBe('Nhập trùng một phiếu');
    await t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 2, numbers: [3, 4], invalid: null });
    expect((await papers(id)).map((p) => p.struck)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('turns kept numbers into struck ones when the ballot is entered by the names kept', async () => {
    const id = await openBallot(5, 2, { entryMode: 'kept' });
    const r = await t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 1, numbers: [4, 2], invalid: null });
    expect(r.entry.struck).toEqual([1, 3, 5]);
    expect(r.valid).toBe(true);
    const all = await t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 2, numbers: [], invalid: null });
    expect(all).toMatchObject({ valid: false, invalidReason: 'all_struck' });
  });

  it('refuses papers on a ballot that is not open, and papers for a pass the ballot does not have', async () => {
    await congressWith(t, 2, 2);
    const { id } = await t.engine.call('ballots:create', settings());
    await t.engine.call('ballots:setCandidates', { id, candidates: names('Lê An', 'Võ Bình', 'Đỗ Chi') });
    expect((await refusal(t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 1, numbers: [], invalid: null }))).code).toBe(
      'BALLOT_WRONG_STATE',
    );
    await t.engine.call('ballots:open', { id });
    expect((await refusal(t.engine.call('papers:record', { ballotId: id, pass: 2, paper: 1, numbers: [], invalid: null }))).code).toBe(
      'INVALID_INPUT',
    );
  });
});

describe('hand counts', () => {
  it('refuses totals that cannot be, and counts consistent ones', async () => {
    const id = await openBallot(3, 2, { method: 'hands_per_name' });
    expect((await refusal(t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 1, numbers: [], invalid: null }))).code).toBe(
      'BALLOT_WRONG_STATE',
    );
    const tooMany = await refusal(t.engine.call('ballots:aggregate', { ballotId: id, valid: 4, invalid: 0, votes: { 1: 5, 2: 3, 3: 1 } }));
    expect(tooMany.code).toBe('COUNTS_INCONSISTENT');
    expect((tooMany.details as { problems: { code: string }[] }).problems.map((p) => p.code)).toContain('votes_exceed_valid');
    const unknown = await refusal(t.engine.call('ballots:aggregate', { ballotId: id, valid: 4, invalid: 0, votes: { 9: 1 } }));
    expect(unknown.code).toBe('COUNTS_INCONSISTENT');
    expect((await t.engine.call('ballots:get', { id })).state).toBe('open');
    const result = await t.engine.call('ballots:aggregate', { ballotId: id, valid: 5, invalid: 0, votes: { 1: 5, 2: 3, 3: 1 } });
    expect(result).toMatchObject({ valid: 5, returned: 5, base: { kind: 'present', value: 5 }, elected: [1, 2] });
    expect((await t.engine.call('ballots:get', { id })).state).toBe('counted');
    expect((await t.engine.call('ballots:tally', { id })).elected).toEqual([1, 2]);
  });

  it('refuses a hand count with more papers than were issued', async () => {
    const id = await openBallot(3, 2);
    await t.engine.call('ballots:setCounts', { id, issued: 4 });
    const e = await refusal(t.engine.call('ballots:aggregate', { ballotId: id, valid: 4, invalid: 1, votes: { 1: 4 } }));
    expect(e.code).toBe('COUNTS_INCONSISTENT');
    expect(errorText(e)).toContain('phát ra');
  });
});
