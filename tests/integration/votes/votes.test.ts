import { countAudit } from '../../../main/db/audit';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressWith, refusal } from '../ballots/ballot-setup';
import { errorText } from '../../helpers/error-text';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

const question = 'Thông qua chương trình Đại hội';
const auditRows = (action: string) => countAudit(t.engine.context().db, action);
const record = (id: number, hands: [number, number, number], close = true) =>
  t.engine.call('votes:record', { id, counts: { for: hands[0], against: hands[1], abstain: hands[2] }, close });

describe('show-of-hands votes', () => {
  it('opens with the official delegates present in the current session, and a later check-in does not move it', async () => {
    await congressWith(t, 12, 9);
    const vote = await t.engine.call('votes:create', { question });
    expect(vote).toMatchObject({
      state: 'open',
      rule: 'half_present',
      present: 9,
      summoned: 12,
      counts: null,
      outcome: null,
      stepId: null,
    });
    await t.engine.call('checkin:scan', { code: 'DB010' });
    expect((await t.engine.call('votes:get', { id: vote.id })).present).toBe(9);
    expect(auditRows('vote.create')).toBe(1);
  });

  it('more than half of those present: exactly 50 % is not passed, one more is', async () => {
    await congressWith(t, 10, 10);
    const half = await t.engine.call('votes:create', { question });
    const closed = await record(half.id, [5, 3, 2]);
    expect(closed).toMatchObject({ state: 'closed', outcome: { passed: false, base: 10, required: 6, percent: { for: '50,00 %' } } });
    const more = await t.engine.call('votes:create', { question: 'Lần hai' });
    expect((await record(more.id, [6, 4, 0])).outcome).toMatchObject({ passed: true, percent: { for: '60,00 %', against: '40,00 %' } });
  });

  it('at least two thirds: exactly 2/3 passes, one fewer does not', async () => {
    await congressWith(t, 9, 9);
    const a = await t.engine.call('votes:create', { question, rule: 'two_thirds_present' });
    expect((await record(a.id, [6, 3, 0])).outcome).toMatchObject({ passed: true, required: 6, percent: { for: '66,67 %' } });
    const b = await t.engine.call('votes:create', { question, rule: 'two_thirds_present' });
    expect((await record(b.id, [5, 3, 1])).outcome?.passed).toBe(false);
  });

  it('more than half of those summoned counts the absent against it', async () => {
    await congressWith(t, 10, 6);
    const v = await t.engine.call('votes:create', { question, rule: 'half_summoned' });
    expect((await record(v.id, [5, 0, 1])).outcome).toMatchObject({
      passed: false,
      base: 10,
      baseKind: 'summoned',
      percent: { for: '50,00 %' },
    });
  });

  it('numbers that do not add up are kept as typed but cannot close the vote', async () => {
    await congressWith(t, 10, 10);
    const v = await t.engine.call('votes:create', { question });
    const before = auditRows('vote.close');
    const error = await refusal(record(v.id, [8, 1, 0]));
    expect(error.code).toBe('COUNTS_INCONSISTENT');
    expect(errorText(error)).toBe(
      'Tổng tán thành + không tán thành + không biểu quyết là 9, không khớp số đại biểu có mặt 10 (thiếu 1). Chưa thể kết thúc biểu quyết.',
    );
    expect(await t.engine.call('votes:get', { id: v.id })).toMatchObject({ state: 'open', counts: null });
    expect(auditRows('vote.close')).toBe(before);
    // saved without closing (nothing typed is lost), with the problem shown
    const draft = await record(v.id, [8, 1, 0], false);
    expect(draft).toMatchObject({ state: 'open', counts: { for: 8, against: 1, abstain: 0 }, outcome: null });
    expect(errorText(draft.problem!)).toContain('thiếu 1');
  });

  it('the database itself refuses a closed vote whose hands do not add up', async () => {
    await congressWith(t, 4, 4);
    const v = await t.engine.call('votes:create', { question });
    const db = t.engine.context().db;
    expect(() =>
      db
        .prepare("UPDATE votes SET state = 'closed', closed_at = 'x', votes_for = 1, votes_against = 0, votes_abstain = 0 WHERE id = ?")
        .run(v.id),
    ).toThrow(/CHECK/);
  });

  it('unanimous is one command: every delegate present for', async () => {
    await congressWith(t, 8, 7);
    const v = await t.engine.call('votes:create', { question });
    const closed = await t.engine.call('votes:record', { id: v.id, counts: 'unanimous', close: true });
    expect(closed).toMatchObject({
      counts: { for: 7, against: 0, abstain: 0 },
      outcome: { unanimous: true, passed: true, percent: { for: '100,00 %' } },
    });
  });

  it('a closed vote is corrected only by reopening it with a reason, which is audited', async () => {
    await congressWith(t, 10, 10);
    const v = await t.engine.call('votes:create', { question });
    await record(v.id, [9, 1, 0]);
    expect((await refusal(record(v.id, [10, 0, 0]))).code).toBe('VOTE_CLOSED');
    expect((await refusal(t.engine.call('votes:reopen', { id: v.id, reason: '   ' }))).code).toBe('INVALID_INPUT');
    const reopened = await t.engine.call('votes:reopen', { id: v.id, reason: 'Tổ kiểm đếm đếm sót một đại biểu' });
    expect(reopened).toMatchObject({ state: 'open', closedAt: null, counts: { for: 9 } });
    const row = t.engine.context().db.prepare("SELECT reason FROM audit WHERE action = 'vote.reopen'").get() as { reason: string };
    expect(row.reason).toBe('Tổ kiểm đếm đếm sót một đại biểu');
    expect((await refusal(t.engine.call('votes:reopen', { id: v.id, reason: 'lần nữa' }))).code).toBe('VOTE_NOT_CLOSED');
    expect((await record(v.id, [10, 0, 0])).outcome?.unanimous).toBe(true);
  });

  it('the present count can be corrected only with a reason, kept in the audit log', async () => {
    await congressWith(t, 10, 8);
    const v = await t.engine.call('votes:create', { question });
    expect((await refusal(t.engine.call('votes:setPresent', { id: v.id, present: 9, reason: '' }))).code).toBe('INVALID_INPUT');
    const fixed = await t.engine.call('votes:setPresent', { id: v.id, present: 9, reason: 'Một đại biểu vào muộn' });
    expect(fixed.present).toBe(9);
    const row = t.engine.context().db.prepare("SELECT before, after, reason FROM audit WHERE action = 'vote.present'").get();
    expect(row).toEqual({ before: '{"present":8}', after: '{"present":9}', reason: 'Một đại biểu vào muộn' });
  });

  it('attaches to an agenda step, and refuses a step that does not exist', async () => {
    await congressWith(t, 3, 3);
    expect((await refusal(t.engine.call('votes:create', { question, stepId: 999 }))).code).toBe('NOT_FOUND');
    expect(await t.engine.call('votes:list', {})).toEqual([]);
    const step = await t.engine.call('agenda:addStep', {
      title: 'Biểu quyết thông qua chương trình',
      presenter: 'Đoàn Chủ tịch',
      sessionId: null,
      plannedStart: null,
      durationMinutes: 5,
      kind: 'vote',
      notes: '',
    });
    const attached = await t.engine.call('votes:create', { question, stepId: step.id });
    expect(attached.stepId).toBe(step.id);
    expect((await t.engine.call('votes:update', { id: attached.id, stepId: null })).stepId).toBeNull();
  });
});
