/**
 * The congress's clock. Vietnam keeps UTC+7 all year (no daylight saving): timestamps are stored in UTC
 * and every time shown, on a screen or a document, is read as hall time, whatever zone the laptop is set to.
 */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** A UTC ISO timestamp as the wall clock in Vietnam, still ISO-shaped ("2026-01-15T14:30:00"); a bare date is kept. */
export function vietnamTime(iso: string): string {
  if (!iso.includes('T')) return iso;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 19);
}
