import { useEffect, useState } from 'react';
import { pageOnScreen } from '../../../shared/domain/projector';

/** Ten seconds a page: long enough for the hall to find a name read out, short enough to keep moving. */
const PAGE_MS = 10_000;

/**
 * Splits a list into pages and cycles through them on a timer; one page means no timer at all. A
 * page `held` by the operator (the clicker: shared/domain/projector.ts) stops the timer and shows
 * that page, counted modulo this screen's own number of pages.
 */
export function useRotatingPage<T>(
  items: readonly T[],
  perPage: number,
  held: number | null = null,
  ms = PAGE_MS,
): { page: T[]; index: number; count: number } {
  const count = Math.max(1, Math.ceil(items.length / perPage));
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (count <= 1 || held !== null) return;
    const timer = setInterval(() => setTick((i) => i + 1), ms);
    return () => clearInterval(timer);
  }, [count, ms, held]);
  const index = held === null ? tick % count : pageOnScreen(held, count);
  return { page: items.slice(index * perPage, (index + 1) * perPage), index, count };
}

/** Columns filled top to bottom, then left to right, as a printed list reads. */
export function toColumns<T>(items: readonly T[], perColumn: number): T[][] {
  const columns: T[][] = [];
  for (let i = 0; i < items.length; i += perColumn) columns.push(items.slice(i, i + perColumn));
  return columns;
}
