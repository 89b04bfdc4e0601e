import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { runWorkerUntilKilled, useEngineWorker } from '../../helpers/worker-process';

let t: TempEngine;
const worker = useEngineWorker();
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

const step = (title: string) => ({
  title,
  presenter: 'Đoàn Chủ tịch',
  sessionId: null,
  plannedStart: null,
  durationMinutes: 5,
  kind: 'report',
  notes: `Ghi chú ${title}`,
});

describe('a killed process loses nothing the operator typed into the agenda', () => {
  it('keeps every acknowledged step, run and countdown across SIGKILLs', async () => {
    const file = t.file('agenda-crash.congress');
    await t.engine.call('congress:create', { name: 'Đại hội thử sập nguồn', path: file });
    await t.engine.call('congress:close', {});

    // Steps typed one after another; every 10th command moves the meeting on, every 15th starts the clock.
    const commands = Array.from({ length: 90 }, (_, i) =>
      i % 15 === 14
        ? { channel: 'timer:start', input: { seconds: 300 + i } }
        : i % 10 === 9
          ? { channel: 'agenda:next', input: {} }
          : { channel: 'agenda:addStep', input: step(`Bước số ${i}`) },
    );
    const acknowledged: number[] = [];
    let offset = 0;
    for (const killAfter of [9, 26, 17]) {
      const run = await runWorkerUntilKilled(worker(), file, t.file('ws-child'), commands.slice(offset), killAfter);
      expect(run.failures).toEqual([]);
      expect(run.killed).toBe(true);
      acknowledged.push(...run.acked.map((i) => i + offset));
      // the command in flight at the kill may or may not have committed; never re-send it
      offset += run.acked.length + 1;
    }

    t.engine.open(file);
    const state = await t.engine.call('agenda:get', {});
    const titles = state.steps.map((s) => s.title);
    const ackedTitles = acknowledged
      .map((i) => commands[i]!)
      .filter((c) => c.channel === 'agenda:addStep')
      .map((c) => (c.input as { title: string }).title);
    expect(ackedTitles.filter((x) => !titles.includes(x))).toEqual([]);
    expect(titles.length - ackedTitles.length).toBeLessThanOrEqual(3); // at most one in flight per kill
    // Typed in order, stored in order, with the notes as typed.
    expect(titles.filter((x) => ackedTitles.includes(x))).toEqual(ackedTitles);
    expect(state.steps[0]!.notes).toBe(`Ghi chú ${titles[0]}`);
    // Every acknowledged "next" moved the meeting on: at least that many steps have started.
    const nexts = acknowledged.filter((i) => commands[i]!.channel === 'agenda:next').length;
    expect(state.steps.filter((s) => s.startedAt).length).toBeGreaterThanOrEqual(nexts);
    // The last acknowledged countdown is running with its length.
    const lastTimer = acknowledged.filter((i) => commands[i]!.channel === 'timer:start').at(-1);
    expect(lastTimer).toBeDefined();
    expect(state.timer.state).toBe('running');
    // A later one may have been in flight at the last kill: never shorter than the last acknowledged.
    expect(state.timer.durationMs).toBeGreaterThanOrEqual((300 + lastTimer!) * 1000);
  });
});
