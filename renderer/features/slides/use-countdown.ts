import { useEffect, useState } from 'react';
import { type CountdownData, type CountdownPhase, countdownPhase, formatCountdown, remainingAt } from '../../../shared/domain/countdown';

export interface CountdownReading {
  remainingMs: number;
  text: string;
  phase: CountdownPhase;
}

/**
 * Ticks locally from the stored end time: the engine sends a change (start, pause, reset), never a
 * tick, so the projector keeps counting even if the operator's window is busy or closed.
 */
export function useCountdown(timer: CountdownData): CountdownReading {
  const [now, setNow] = useState(() => Date.now());
  const running = timer.state === 'running';
  useEffect(() => {
    if (!running) return;
    const tick = () => setNow(Date.now());
    // At once (a countdown just started shows its full time), then 4 Hz so the seconds change
    // within a quarter second of the true instant.
    const first = setTimeout(tick, 0);
    const id = setInterval(tick, 250);
    return () => {
      clearTimeout(first);
      clearInterval(id);
    };
  }, [running, timer.endsAt]);
  const remainingMs = remainingAt(timer, now);
  return { remainingMs, text: formatCountdown(remainingMs), phase: countdownPhase(remainingMs, timer.durationMs) };
}
