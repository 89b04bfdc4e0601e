import { meetingDelay, type ScheduleInput, stepSchedules } from '../../../shared/domain/agenda-schedule';

// Instants written as minutes since midnight, read back by a fixed converter: pure, any time zone.
const iso = (min: number) => new Date(Date.UTC(2026, 11, 15) + min * 60_000).toISOString();
const toLocal = (s: string) => (Date.parse(s) - Date.UTC(2026, 11, 15)) / 60_000;
const hm = (h: number, m: number) => h * 60 + m;

const s = (id: number, extra: Partial<ScheduleInput> = {}): ScheduleInput => ({
  id,
  sessionId: 1,
  plannedStart: null,
  durationMinutes: 10,
  startedAt: null,
  endedAt: null,
  ...extra,
});

describe('planned times', () => {
  it('follow each other from a session’s start time, restart at a step’s own time, and are unknown without one', () => {
    const steps = [
      s(1, { plannedStart: '07:30' }),
      s(2, { durationMinutes: 25 }),
      s(3),
      s(4, { sessionId: 2 }),
      s(5, { sessionId: 2, plannedStart: '13:30' }),
      s(6, { sessionId: 2 }),
    ];
    expect(stepSchedules(steps, toLocal).map((x) => [x.plannedStart, x.plannedEnd])).toEqual([
      ['07:30', '07:40'],
      ['07:40', '08:05'],
      ['08:05', '08:15'],
      [null, null],
      ['13:30', '13:40'],
      ['13:40', '13:50'],
    ]);
  });

  it('compares the actual start with the planned one, in whole minutes', () => {
    const [x] = stepSchedules([s(1, { plannedStart: '08:00', startedAt: iso(hm(8, 7) + 0.5), endedAt: iso(hm(8, 20)) })], toLocal);
    expect(x).toEqual({ plannedStart: '08:00', plannedEnd: '08:10', actualStart: '08:07', actualEnd: '08:20', startVarianceMinutes: 8 });
    const [early] = stepSchedules([s(1, { plannedStart: '08:00', startedAt: iso(hm(7, 55)) })], toLocal);
    expect(early!.startVarianceMinutes).toBe(-5);
  });
});

describe('meeting delay', () => {
  const plan = [s(1, { plannedStart: '08:00' }), s(2, { durationMinutes: 20 }), s(3)];

  it('is unknown before the first step starts', () => {
    expect(meetingDelay(plan, null, iso(hm(8, 30)), toLocal)).toBeNull();
  });

  it('is the later of a late start and an overrun while a step runs', () => {
    const running = [{ ...plan[0]!, startedAt: iso(hm(8, 5)) }, plan[1]!, plan[2]!];
    expect(meetingDelay(running, 1, iso(hm(8, 6)), toLocal)).toBe(5); // late start
    expect(meetingDelay(running, 1, iso(hm(8, 10)), toLocal)).toBe(5); // exactly at the planned end: still the start delay
    expect(meetingDelay(running, 1, iso(hm(8, 18)), toLocal)).toBe(8); // 8 past its planned end
  });

  it('counts ahead as negative, and between steps reads the last finished step', () => {
    const ran = [{ ...plan[0]!, startedAt: iso(hm(7, 58)), endedAt: iso(hm(8, 4)) }, { ...plan[1]!, startedAt: iso(hm(8, 4)) }, plan[2]!];
    expect(meetingDelay(ran, 2, iso(hm(8, 5)), toLocal)).toBe(-6);
    const over = ran.map((x) => ({ ...x, endedAt: x.id === 2 ? iso(hm(8, 31)) : x.endedAt }));
    expect(meetingDelay(over, null, iso(hm(8, 40)), toLocal)).toBe(1);
  });

  it('is unknown for a step with no planned time', () => {
    const noTimes = [s(1, { startedAt: iso(hm(8, 0)) })];
    expect(meetingDelay(noTimes, 1, iso(hm(8, 5)), toLocal)).toBeNull();
  });
});
