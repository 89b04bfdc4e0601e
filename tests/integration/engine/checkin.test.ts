import type { DelegateInput } from '../../../shared/domain/delegate';
import { BLANK_DELEGATE } from '../../helpers/blank-delegate';
import { vietnamTime } from '../../../shared/domain/document-format';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { errorText } from '../../helpers/error-text';

let t: TempEngine;

async function seed() {
  await t.engine.call('congress:create', { name: 'Đại hội thử', path: t.file('c.congress') });
  const add = (code: string, fullName: string, status: DelegateInput['status'] = 'official', extra: Partial<DelegateInput> = {}) =>
    t.engine.call('delegates:create', { ...BLANK_DELEGATE, code, fullName, status, ...extra });
  return {
    hang: await add('DB001', 'Nguyễn Thị Hằng', 'official', { gender: 'female', partyMember: false, kind: 'nominated' }),
    duc: await add('DB002', 'Trần Văn Đức', 'official', { gender: 'male', partyMember: true, kind: 'ex_officio', ethnicity: 'Tày' }),
    an: await add('DB003', 'Lê An', 'official'),
    alt: await add('DK001', 'Phạm Dự Khuyết', 'alternate'),
    guest: await add('KM001', 'Võ Khách', 'guest'),
  };
}

beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

describe('check-in', () => {
  it('delivers the events of two commands in flight at once, each after its own commit', async () => {
    const { hang, duc } = await seed();
    const seen: number[] = [];
    t.engine.on((name, payload) => {
      if (name === 'attendance:changed') seen.push(...(payload as { records: { delegateId: number }[] }).records.map((r) => r.delegateId));
    });
    // Two windows scanning in the same tick (operator and a second check-in desk).
    await Promise.all([t.engine.invoke('checkin:scan', { code: 'DB001' }), t.engine.invoke('checkin:scan', { code: 'DB002' })]);
    expect(seen.sort()).toEqual([hang.id, duc.id].sort());
  });

  it('checks a delegate in by code, case-insensitively, and counts officials only', async () => {
    const { hang } = await seed();
    const r = await t.engine.call('checkin:scan', { code: 'db001' });
    expect(r.delegate.id).toBe(hang.id);
    expect(r.record.state).toBe('present');
    await t.engine.call('checkin:scan', { code: 'KM001' });
    await t.engine.call('checkin:scan', { code: 'DK001' });
    const s = await t.engine.call('attendance:summary', {});
    expect(s).toMatchObject({ summoned: 3, present: 1, absentWithReason: 0, absentWithoutReason: 2, guestsInvited: 1, guestsPresent: 1 });
    expect(s.alternates).toEqual({ summoned: 1, present: 1 });
    expect(s.byCategory.women).toEqual({ summoned: 1, present: 1 });
    expect(s.byCategory.nonParty).toEqual({ summoned: 1, present: 1 });
    expect(s.byCategory.ethnicMinority).toEqual({ summoned: 1, present: 0 });
    expect(s.byCategory.exOfficio).toEqual({ summoned: 1, present: 0 });
    // 2/3 of 3 summoned = 2 needed
    expect(s.quorum).toEqual({ rule: 'two_thirds', required: 2, met: false });
  });

  it('refuses a second check-in and an unknown code, changing nothing', async () => {
    await seed();
    await t.engine.call('checkin:scan', { code: 'DB001' });
    const again = await t.engine.invoke('checkin:scan', { code: 'DB001' });
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.error.code).toBe('ALREADY_CHECKED_IN');
      expect(errorText(again.error)).toContain('Nguyễn Thị Hằng');
    }
    // The time is said as the clock in the hall reads it (Việt Nam, UTC+7), not as stored (UTC).
    const [record] = await t.engine.call('attendance:list', {});
    const hall = vietnamTime(record!.recordedAt).slice(11, 16);
    expect(hall).not.toBe(record!.recordedAt.slice(11, 16));
    const late = await t.engine.invoke('checkin:scan', { code: 'DB001' });
    expect(late.ok || errorText(late.error)).toContain(`đã điểm danh lúc ${hall}.`);
    const unknown = await t.engine.invoke('checkin:scan', { code: 'XX999' });
    expect(unknown.ok || unknown.error.code).toBe('UNKNOWN_DELEGATE_CODE');
    const list = await t.engine.call('attendance:list', {});
    expect(list).toHaveLength(1);
  });

  it('undoes a check-in and marks absence with and without reason', async () => {
    const { hang, duc, an } = await seed();
    await t.engine.call('checkin:mark', { delegateId: hang.id });
    await t.engine.call('checkin:undo', { delegateId: hang.id });
    const undoAgain = await t.engine.invoke('checkin:undo', { delegateId: hang.id });
    expect(undoAgain.ok || undoAgain.error.code).toBe('NOT_CHECKED_IN');
    await t.engine.call('attendance:markAbsent', { delegateId: duc.id, reason: 'Ốm' });
    await t.engine.call('attendance:markAbsent', { delegateId: an.id, reason: null });
    const s = await t.engine.call('attendance:summary', {});
    expect(s).toMatchObject({ present: 0, absentWithReason: 1, absentWithoutReason: 2 });
    // an excused delegate who then arrives is checked in normally
    await t.engine.call('checkin:mark', { delegateId: duc.id });
    expect((await t.engine.call('attendance:summary', {})).present).toBe(1);
  });

  it('keeps attendance per session', async () => {
    await seed();
    // A session date is a date or nothing: an empty or made-up one is refused, not stored.
    for (const date of ['', 'chiều nay', '15/12/2026']) {
      const refused = await t.engine.invoke('sessions:create', { title: 'Phiên lỗi', date });
      expect(refused.ok ? null : refused.error.code).toBe('INVALID_INPUT');
    }
    const second = await t.engine.call('sessions:create', { title: 'Phiên chiều', date: '2026-12-15' });
    expect((await t.engine.call('app:state', {})).congress!.sessions.map((s) => s.title)).not.toContain('Phiên lỗi');
    await t.engine.call('checkin:scan', { code: 'DB001' });
    await t.engine.call('checkin:scan', { code: 'DB002', sessionId: second.id });
    const info = (await t.engine.call('app:state', {})).congress!;
    expect((await t.engine.call('attendance:summary', { sessionId: info.currentSessionId! })).present).toBe(1);
    expect((await t.engine.call('attendance:summary', { sessionId: second.id })).present).toBe(1);
    await t.engine.call('sessions:setCurrent', { id: second.id });
    const again = await t.engine.invoke('checkin:scan', { code: 'DB002' });
    expect(again.ok || again.error.code).toBe('ALREADY_CHECKED_IN');
  });

  it('delivers events only after commit, with the new summary', async () => {
    await seed();
    t.events.length = 0;
    await t.engine.call('checkin:scan', { code: 'DB003' });
    // The welcome slide shows no count: a check-in under it does not redraw the hall.
    expect(t.events.map((e) => e.name)).toEqual(['attendance:changed']);
    await t.engine.call('projector:set', { slide: 'attendance' });
    t.events.length = 0;
    await t.engine.call('checkin:scan', { code: 'DB002' });
    const names = t.events.map((e) => e.name);
    expect(names).toEqual(['attendance:changed', 'projector:changed']);
    const payload = t.events[0]!.payload as { summary: { present: number } };
    expect(payload.summary.present).toBe(2);
    const wall = t.events[1]!.payload as { view: { attendance: { present: number; sessionId: number } } };
    expect(wall.view.attendance).toEqual(payload.summary);
    t.events.length = 0;
    await t.engine.invoke('checkin:scan', { code: 'DB002' });
    expect(t.events).toHaveLength(0); // a refused command emits nothing
    // A check-in to another session carries that session's count; the wall keeps the current one.
    const other = await t.engine.call('sessions:create', { title: 'Phiên chiều' });
    t.events.length = 0;
    await t.engine.call('checkin:scan', { code: 'DB001', sessionId: other.id });
    const shown = t.events.find((e) => e.name === 'projector:changed')!.payload as typeof wall;
    expect(shown.view.attendance.sessionId).toBe(wall.view.attendance.sessionId);
    expect(shown.view.attendance.present).toBe(2);
  });

  it('records every change in a verifiable audit chain', async () => {
    const { verifyAuditChain } = await import('../../../main/db/audit');
    await seed();
    await t.engine.call('checkin:scan', { code: 'DB001' });
    const db = t.engine.context().db;
    const chain = verifyAuditChain(db);
    expect(chain.broken).toEqual([]);
    expect(chain.entries).toBe(1 + 5 + 1); // congress, 5 delegates, 1 check-in
    expect(() => db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
  });

  it('applies the quorum rule chosen in the settings', async () => {
    const { hang, duc } = await seed();
    await t.engine.call('checkin:mark', { delegateId: hang.id });
    await t.engine.call('congress:update', { quorumRule: 'more_than_half' });
    expect((await t.engine.call('attendance:summary', {})).quorum).toEqual({ rule: 'more_than_half', required: 2, met: false });
    await t.engine.call('checkin:mark', { delegateId: duc.id });
    expect((await t.engine.call('attendance:summary', {})).quorum.met).toBe(true);
    await t.engine.call('congress:update', { quorumRule: 'none' });
    expect((await t.engine.call('attendance:summary', {})).quorum).toEqual({ rule: 'none', required: 0, met: true });
  });
});
