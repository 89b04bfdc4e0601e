import type { ReactNode } from 'react';
import { useFitLine } from './use-fit';

/**
 * A block of slide text that shrinks to stay on one line, down to `min` of its size, and only then
 * wraps into even lines (use-fit.ts): never cut with "…", never through the frame.
 */
export function FitLine({ className, min, testId, children }: { className: string; min?: number; testId?: string; children: ReactNode }) {
  const ref = useFitLine<HTMLDivElement>(min);
  return (
    <div className={className} ref={ref} data-testid={testId}>
      {children}
    </div>
  );
}
