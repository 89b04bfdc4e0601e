import type { CountdownData } from '../../../shared/domain/countdown';
import { tr } from './slide-text';
import { useCountdown } from './use-countdown';

/**
 * The digits the lectern reads: white, amber in the last minute, red at the end, and red with a
 * minus once over time. Used by the speaker slide, the countdown slide and the operator's panel.
 */
export function CountdownFace({ timer, size, label = true }: { timer: CountdownData; size: 'hero' | 'large' | 'panel'; label?: boolean }) {
  const { text, phase } = useCountdown(timer);
  const caption = phase === 'over' ? 'slide.overTime' : timer.state === 'paused' ? 'slide.paused' : 'slide.timeLeft';
  return (
    <div
      className={`countdown countdown-${size} phase-${phase} state-${timer.state}`}
      data-testid="countdown"
      data-phase={phase}
      data-state={timer.state}
    >
      <span className="countdown-digits" data-testid="countdown-digits">
        {text}
      </span>
      {label && <span className="countdown-caption">{tr(caption)}</span>}
    </div>
  );
}
