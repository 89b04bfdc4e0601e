import { countAudit } from '../../../main/db/audit';
import { type AgendaRig, agendaRig, localIso, refusal, step } from './agenda-setup';

let r: AgendaRig;
beforeEach(async () => {
  r = await agendaRig();
  // 08:00 A (10′) → 08:10 B (20′) → 08:30 C (5′)
  await r.engine.call('agenda:addStep', step('A', { plannedStart: '08:00' }));
  await r.engine.call('agenda:addStep', step('B', { durationMinutes: 20 }));
  await r.engine.call('agenda:addStep', step('C', { durationMinutes: 5, kind: 'discussion' }));
});
afterEach(() => r.dispose());

const get = () => r.engine.call('agenda:get', {});

describe('running the agenda', () => {
  it('next starts the first step, then ends each step and starts the following one, recording the times', async () => {
    r.at(8, 3);
    let s = await r.engine.call('agenda:next', {});
    const [a, b, c] = s.steps;
    expect(s.currentStepId).toBe(a!.id);
    expect(a).toMatchObject({ progress: 'current', startedAt: localIso(8, 3), endedAt: null });
    expect(a!.schedule).toEqual({
      plannedStart: '08:00',
      plannedEnd: '08:10',
      actualStart: '08:03',
      actualEnd: null,
      startVarianceMinutes: 3,
    });

    r.at(8, 15);
    s = await r.engine.call('agenda:next', {});
    expect(s.steps.map((x) => x.progress)).toEqual(['done', 'current', 'upcoming']);
    expect(s.steps[0]).toMatchObject({ startedAt: localIso(8, 3), endedAt: localIso(8, 15) });
    expect(s.steps[0]!.schedule.actualEnd).toBe('08:15');
    expect(s.steps[1]!.schedule).toMatchObject({ plannedStart: '08:10', actualStart: '08:15', startVarianceMinutes: 5 });

    r.at(8, 31);
    s = await r.engine.call('agenda:next', {});
    expect(s.currentStepId).toBe(c!.id);
    expect(s.steps[2]!.schedule).toMatchObject({ plannedStart: '08:30', actualStart: '08:31', startVarianceMinutes: 1 });

    r.at(8, 34);
    s = await r.engine.call('agenda:next', {}); // the last step ends: the agenda is over
    expect(s.currentStepId).toBeNull();
    expect(s.steps.every((x) => x.progress === 'done')).toBe(true);
    const end = await refusal(r.engine.call('agenda:next', {}));
    expect(end.code).toBe('AGENDA_AT_END');
    expect(end.message).toContain('Đã hết chương trình');
    expect(countAudit(r.engine.context().db, 'agenda.next')).toBe(4);
    expect(b).toBeDefined();
  });

  it('previous undoes a next: the step returns to not started and the one before resumes', async () => {
    r.at(8, 0);
    await r.engine.call('agenda:next', {});
    r.at(8, 10);
    await r.engine.call('agenda:next', {});
    r.at(8, 11);
    const s = await r.engine.call('agenda:previous', {});
    expect(s.steps.map((x) => x.progress)).toEqual(['current', 'upcoming', 'upcoming']);
    expect(s.steps[0]).toMatchObject({ startedAt: localIso(8, 0), endedAt: null });
    expect(s.steps[1]).toMatchObject({ startedAt: null, endedAt: null });
    // Once more back: nothing has started, nothing is current.
    const none = await r.engine.call('agenda:previous', {});
    expect(none.currentStepId).toBeNull();
    expect(none.steps.every((x) => x.startedAt === null)).toBe(true);
    expect((await refusal(r.engine.call('agenda:previous', {}))).code).toBe('AGENDA_AT_END');
    // The times that were undone are in the audit log.
    const row = r.engine.context().db.prepare("SELECT before FROM audit WHERE action = 'agenda.previous' ORDER BY id LIMIT 1").get() as {
      before: string;
    };
    expect(JSON.parse(row.before)).toMatchObject({ startedAt: localIso(8, 10) });
  });

  it('goes to a chosen step, ending the current one; skipped steps stay to come', async () => {
    r.at(8, 0);
    await r.engine.call('agenda:next', {});
    const c = (await get()).steps[2]!;
    r.at(8, 9);
    const s = await r.engine.call('agenda:goTo', { id: c.id });
    expect(s.steps.map((x) => x.progress)).toEqual(['done', 'upcoming', 'current']);
    r.at(8, 14);
    await r.engine.call('agenda:next', {}); // after the last: over…
    const back = await r.engine.call('agenda:next', {}); // …and next picks up the step skipped
    expect(back.steps.map((x) => x.progress)).toEqual(['done', 'current', 'done']);
  });

  it('says how far behind or ahead the meeting runs', async () => {
    expect((await get()).delayMinutes).toBeNull(); // not started
    r.at(8, 4);
    await r.engine.call('agenda:next', {}); // A starts 4 late
    expect((await get()).delayMinutes).toBe(4);
    r.at(8, 16); // A (planned to end 08:10) still running at 08:16: 6 behind
    expect((await get()).delayMinutes).toBe(6);
    r.at(8, 16, 30);
    await r.engine.call('agenda:next', {}); // B starts 08:16
    r.at(8, 20);
    await r.engine.call('agenda:next', {}); // B was short: C starts 08:20, planned 08:30
    expect((await get()).delayMinutes).toBe(-10);
    r.at(8, 24);
    await r.engine.call('agenda:next', {}); // C ends 08:24, planned 08:35: 11 ahead
    expect((await get()).delayMinutes).toBe(-11);
  });

  it('keeps the current step and its times across a restart', async () => {
    r.at(8, 2);
    await r.engine.call('agenda:next', {});
    r.at(8, 12);
    await r.engine.call('agenda:next', {});
    await r.reopen();
    const s = await get();
    expect(s.steps.map((x) => x.progress)).toEqual(['done', 'current', 'upcoming']);
    expect(s.steps[1]!.schedule.actualStart).toBe('08:12');
  });
});
