import { countdownPhase, formatCountdown, remainingAt } from '../../../shared/domain/countdown';

describe('countdown', () => {
  it('computes the time left from the end instant while running, from the stored rest otherwise', () => {
    const endsAt = '2026-12-15T02:07:00.000Z';
    expect(
      remainingAt({ state: 'running', durationMs: 420_000, endsAt, remainingMs: 420_000 }, Date.parse('2026-12-15T02:05:30.000Z')),
    ).toBe(90_000);
    expect(remainingAt({ state: 'paused', durationMs: 420_000, endsAt: null, remainingMs: 12_345 }, 0)).toBe(12_345);
  });

  it('turns amber in the last minute and red in the last 15 seconds (scaled down for short ones)', () => {
    const seven = 7 * 60_000;
    expect(countdownPhase(60_001, seven)).toBe('normal');
    expect(countdownPhase(60_000, seven)).toBe('amber');
    expect(countdownPhase(15_001, seven)).toBe('amber');
    expect(countdownPhase(15_000, seven)).toBe('red');
    expect(countdownPhase(0, seven)).toBe('over');
    expect(countdownPhase(-5_000, seven)).toBe('over');
    // A 60-second countdown: amber at 15 s, red at 6 s, not amber from the start.
    expect(countdownPhase(50_000, 60_000)).toBe('normal');
    expect(countdownPhase(15_000, 60_000)).toBe('amber');
    expect(countdownPhase(6_000, 60_000)).toBe('red');
  });

  it('formats minutes and seconds, rounding up while counting down and showing the overrun with a minus', () => {
    expect(formatCountdown(420_000)).toBe('7:00');
    expect(formatCountdown(419_001)).toBe('7:00');
    expect(formatCountdown(9_000)).toBe('0:09');
    expect(formatCountdown(500)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-500)).toBe('0:00');
    expect(formatCountdown(-65_000)).toBe('−1:05');
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
  });
});
