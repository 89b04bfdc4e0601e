/**
 * The scan panel's state (docs/scanning.md): the watched folder, the figures of what was read, the
 * pages not counted, and how many papers wait for the board. Reports come as `papers:scanned`
 * events, one per batch recorded (of a watched folder, or of a papers:scan call).
 */
import { create } from 'zustand';
import type { CommandOutput, EventPayload } from '../../../shared/contract/channels';
import type { AppErrorData } from '../../../shared/contract/result';
import { addLowResolution, type LowResolution, lowResolutionOf } from '../../../shared/domain/scan-page';
import { client } from '../../app/client-instance';

export type WatchState = NonNullable<CommandOutput<'papers:watching'>>;
export type ScanReport = CommandOutput<'papers:scan'>;
export type PageOutcome = ScanReport['pages'][number];
export type ScannedEvent = EventPayload<'papers:scanned'>;

export interface ScanFigures {
  sheets: number;
  accepted: number;
  pending: number;
  refused: number;
  duplicates: number;
  /** Sheets of a long paper read whose next sheet has not come yet (the watch's). */
  waiting: number;
}

const NO_FIGURES: ScanFigures = { sheets: 0, accepted: 0, pending: 0, refused: 0, duplicates: 0, waiting: 0 };

/** The refused and already-scanned pages kept on screen; the engine's report has them all. */
const PAGES_SHOWN = 200;

export interface ScanStore {
  ballotId: number | null;
  watch: WatchState | null;
  figures: ScanFigures;
  /** Pages not counted (refused, or scanned before), the latest first. */
  notCounted: PageOutcome[];
  /** Pages read into the pass below the second look's resolution, and the lowest dpi: the panel advises 200 dpi. */
  lowResolution: LowResolution | null;
  /** Papers of this ballot waiting for the board (papers:pending). */
  waitingPapers: number;
  busy: 'watch' | 'once' | null;
  error: AppErrorData | null;
  /** What is open over the entry screen, and the pass the panel starts on. */
  dialog: 'panel' | 'review' | null;
  dialogPass: number;
}

export const getInitialScanState = (): ScanStore => ({
  ballotId: null,
  watch: null,
  figures: NO_FIGURES,
  notCounted: [],
  lowResolution: null,
  waitingPapers: 0,
  busy: null,
  error: null,
  dialog: null,
  dialogPass: 1,
});

export const useScan = create<ScanStore>(() => getInitialScanState());

/**
 * A one-shot read in flight from this window: the engine tells each batch as it commits (papers:scanned),
 * so those are what is counted; the call's answer (all batches together) only when no batch was told.
 */
let readingOnce: { ballotId: number; pass: number; told: boolean } | null = null;

function count(report: ScanReport, watch: WatchState | null): void {
  const s = useScan.getState();
  const f = s.figures;
  const notCounted = report.pages.filter((p) => p.status === 'refused' || p.status === 'duplicate').reverse();
  useScan.setState({
    figures: {
      sheets: f.sheets + report.pages.length,
      accepted: f.accepted + report.accepted,
      pending: f.pending + report.pending,
      refused: f.refused + report.refused,
      duplicates: f.duplicates + report.duplicates,
      waiting: watch?.waiting ?? f.waiting,
    },
    notCounted: [...notCounted, ...s.notCounted].slice(0, PAGES_SHOWN),
    lowResolution: addLowResolution(s.lowResolution, lowResolutionOf(report.pages)),
  });
}

/** The screen shows this ballot: what was counted for another one goes, a running watch is read back. */
export async function showBallot(ballotId: number): Promise<void> {
  if (useScan.getState().ballotId !== ballotId) useScan.setState({ ...getInitialScanState(), ballotId });
  const r = await client().call('papers:watching', {});
  if (r.ok && useScan.getState().ballotId === ballotId) {
    const watch = r.value?.ballotId === ballotId ? r.value : null;
    const seeded = watch && useScan.getState().figures === NO_FIGURES;
    useScan.setState({ watch, ...(seeded ? { figures: { ...NO_FIGURES, ...pick(watch) } } : {}) });
  }
  await refreshWaiting();
}

const pick = (w: WatchState) => ({
  accepted: w.accepted,
  pending: w.pending,
  refused: w.refused,
  duplicates: w.duplicates,
  waiting: w.waiting,
});

export async function refreshWaiting(): Promise<void> {
  const { ballotId } = useScan.getState();
  if (ballotId === null) return;
  const r = await client().call('papers:pending', { ballotId });
  if (r.ok && useScan.getState().ballotId === ballotId) useScan.setState({ waitingPapers: r.value.length });
}

export function onScanned(e: ScannedEvent): void {
  const s = useScan.getState();
  if (e.ballotId !== s.ballotId) return;
  if (e.watch) {
    useScan.setState({ watch: e.watch.ballotId === s.ballotId ? e.watch : null });
    count(e.report, e.watch);
  } else if (s.watch && s.watch.pass === e.pass) {
    // The watch's last report (unwatched, or it ended on its own: the folder gone): no call echoes it.
    useScan.setState({ watch: null });
    count(e.report, null);
    useScan.setState((now) => ({ figures: { ...now.figures, waiting: 0 } }));
  } else {
    if (readingOnce?.ballotId === e.ballotId && readingOnce.pass === e.pass) readingOnce.told = true;
    count(e.report, null);
  }
  void refreshWaiting();
}

export async function startWatch(ballotId: number, pass: number, folder: string): Promise<boolean> {
  useScan.setState({ busy: 'watch', error: null });
  const r = await client().call('papers:watch', { ballotId, pass, folder });
  useScan.setState({ busy: null });
  if (!r.ok) {
    useScan.setState({ error: r.error });
    return false;
  }
  useScan.setState({ watch: r.value, figures: { ...NO_FIGURES, ...pick(r.value) }, notCounted: [], lowResolution: null });
  return true;
}

export async function stopWatch(): Promise<boolean> {
  useScan.setState({ busy: 'watch', error: null });
  const r = await client().call('papers:unwatch', {});
  useScan.setState({ busy: null });
  if (!r.ok) {
    useScan.setState({ error: r.error });
    return false;
  }
  // The sheets still waiting for their next one are refused now, in the watch's last report (its event).
  useScan.setState((s) => ({ watch: null, figures: { ...s.figures, waiting: 0 } }));
  await refreshWaiting();
  return true;
}

export async function readOnce(ballotId: number, pass: number, path: string): Promise<boolean> {
  useScan.setState({ busy: 'once', error: null });
  const reading = { ballotId, pass, told: false };
  readingOnce = reading;
  const r = await client().call('papers:scan', { ballotId, pass, paths: [path] });
  if (readingOnce === reading) readingOnce = null;
  useScan.setState({ busy: null });
  if (!r.ok) {
    useScan.setState({ error: r.error });
    return false;
  }
  if (!reading.told) count(r.value, null);
  await refreshWaiting();
  return true;
}
