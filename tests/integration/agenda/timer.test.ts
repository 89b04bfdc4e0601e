import { remainingAt } from '../../../shared/domain/countdown';
import { type AgendaRig, agendaRig, localIso, step } from './agenda-setup';

let r: AgendaRig;
beforeEach(async () => {
  r = await agendaRig();
  await r.engine.call('agenda:addStep', step('Báo cáo chính trị', { kind: 'report' }));
  await r.engine.call('agenda:addStep', step('Giải lao', { kind: 'break' }));
});
afterEach(() => r.dispose());

describe('countdown timer', () => {
  it('starts at the step kind’s default, pauses with the time left, resumes from there, resets', async () => {
    r.at(9, 0);
    await r.engine.call('agenda:next', {});
    expect((await r.engine.call('agenda:get', {})).timer).toMatchObject({
      state: 'idle',
      durationMs: 15 * 60_000,
      remainingMs: 15 * 60_000,
    });
    let t = await r.engine.call('timer:start', {});
    expect(t).toMatchObject({ state: 'running', endsAt: localIso(9, 15) });
    r.at(9, 4, 30);
    t = await r.engine.call('timer:pause', {});
    expect(t).toMatchObject({ state: 'paused', endsAt: null, remainingMs: 10.5 * 60_000 });
    r.at(9, 20);
    t = await r.engine.call('timer:start', {});
    expect(t).toMatchObject({ state: 'running', endsAt: localIso(9, 30, 30) });
    t = await r.engine.call('timer:reset', {});
    expect(t).toMatchObject({ state: 'idle', remainingMs: 15 * 60_000, endsAt: null });
    t = await r.engine.call('timer:start', { seconds: 90 });
    expect(t).toMatchObject({ state: 'running', durationMs: 90_000, endsAt: localIso(9, 21, 30) });
  });

  it('goes on past zero (the overrun is shown) and pauses at a negative time left', async () => {
    r.at(9, 0);
    await r.engine.call('timer:start', { seconds: 60 });
    r.at(9, 1, 20);
    const t = await r.engine.call('timer:pause', {});
    expect(t.remainingMs).toBe(-20_000);
  });

  it('survives closing and reopening the file: a running countdown keeps its end time', async () => {
    r.at(9, 0);
    await r.engine.call('agenda:next', {});
    await r.engine.call('timer:start', { seconds: 420 });
    r.at(9, 3);
    await r.reopen();
    const t = (await r.engine.call('agenda:get', {})).timer;
    expect(t).toMatchObject({ state: 'running', endsAt: localIso(9, 7) });
    expect(remainingAt(t, Date.parse(localIso(9, 3)))).toBe(4 * 60_000);
    await r.engine.call('timer:pause', {});
    await r.reopen();
    expect((await r.engine.call('agenda:get', {})).timer).toMatchObject({ state: 'paused', remainingMs: 4 * 60_000 });
  });

  it('a new step resets a stopped countdown to its kind’s default but never cuts off a running one', async () => {
    await r.engine.call('agenda:next', {});
    await r.engine.call('timer:start', {});
    let s = await r.engine.call('agenda:next', {});
    expect(s.timer.state).toBe('running');
    expect(s.timer.durationMs).toBe(15 * 60_000);
    await r.engine.call('timer:pause', {});
    await r.engine.call('agenda:previous', {});
    s = await r.engine.call('agenda:get', {});
    expect(s.timer).toMatchObject({ state: 'idle', durationMs: 15 * 60_000 });
  });

  it('keeps the defaults per kind as settings', async () => {
    const settings = await r.engine.call('timer:settings', {
      defaults: { ...(await r.engine.call('agenda:get', {})).timerSettings.defaults, report: 1200 },
    });
    expect(settings.defaults.report).toBe(1200);
    await r.reopen();
    expect((await r.engine.call('agenda:get', {})).timerSettings).toMatchObject({
      defaults: { report: 1200, discussion: 420 },
      autoStartWithSpeaker: true,
    });
    const bad = await r.engine.invoke('timer:settings', { defaults: { ...settings.defaults, report: 0 } });
    expect(bad.ok).toBe(false);
  });
});
