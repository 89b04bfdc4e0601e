import { create } from 'zustand';
import type { CommandOutput, EventPayload } from '../../../shared/contract/channels';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';

export type Ballot = CommandOutput<'ballots:get'>;
export type BallotSummary = CommandOutput<'ballots:list'>[number];
export type BallotProgress = CommandOutput<'ballots:progress'>;
export type Tally = BallotProgress['tally'];
export type PaperEntry = CommandOutput<'papers:list'>[number];
export type BallotChange = EventPayload<'ballots:changed'>;
export type PaperChange = NonNullable<BallotChange['paper']>;

/** What the ballot screen shows on the right: the settings, the keyboard entry, or the count. */
export type BallotPane = 'setup' | 'entry' | 'count';

export interface BallotsStore {
  list: BallotSummary[];
  selectedId: number | null;
  ballot: Ballot | null;
  progress: BallotProgress | null;
  /** Papers changed since `progress.tally` was computed: the count screen offers to recompute. */
  tallyStale: boolean;
  /**
   * Every standing paper entry of the selected ballot, for the board to compare the passes of a
   * paper on which they disagree: read when the count pane first shows disagreements, then kept
   * current by the paper events (each carries its entry), so a paper saved at a station after the
   * count screen opened shows its reading without a re-read. Null until read, and again once that
   * pane goes (dropReadings): up to thousands of papers, not held for a pane not on screen.
   */
  readings: PaperEntry[] | null;
  pane: BallotPane;
  /** True while the "new ballot" form is open instead of a selected ballot. */
  creating: boolean;
  loadList(): Promise<void>;
  select(id: number | null, pane?: BallotPane): Promise<void>;
  setPane(pane: BallotPane): void;
  startCreate(): void;
  /** Reloads the selected ballot and its progress; coalesced, see below. */
  refreshSelected(): Promise<void>;
  /** Recomputes the provisional tally (and the rest of the progress): when the count is shown or asked for. */
  refreshProgress(): Promise<void>;
  loadReadings(): Promise<void>;
  /** Lets the readings go (a read under way too): their pane is gone, and reads them again when it comes back. */
  dropReadings(): void;
  onChanged(change: BallotChange): void;
}

export const getInitialBallotsState = () => ({
  list: [] as BallotSummary[],
  selectedId: null as number | null,
  ballot: null as Ballot | null,
  progress: null as BallotProgress | null,
  tallyStale: false,
  readings: null as PaperEntry[] | null,
  pane: 'setup' as BallotPane,
  creating: false,
});

/**
 * A re-read of the selected ballot (any change but a paper's, a reconnect that missed events):
 * at most one runs at a time and the events that arrive meanwhile fold into a single follow-up.
 * A saved paper is not re-read: its event carries the change and the new progress (applyPaper).
 */
let inFlight: Promise<void> | null = null;
let again = false;

async function fetchSelected(): Promise<void> {
  const { selectedId } = useBallots.getState();
  if (selectedId === null) return;
  const [ballot, progress] = await Promise.all([
    client().call('ballots:get', { id: selectedId }),
    client().call('ballots:progress', { id: selectedId }),
  ]);
  if (useBallots.getState().selectedId !== selectedId) return; // the operator moved on meanwhile
  if (ballot.ok) useBallots.setState({ ballot: ballot.value });
  else useApp.getState().fail(ballot.error);
  // Progress may be refused for a ballot still being prepared: that only means "nothing yet".
  // A full re-read (a reconnect may have missed paper events): the readings are read again too.
  useBallots.setState({ progress: progress.ok ? progress.value : null, tallyStale: false, readings: null });
}

/**
 * One paper's event on the selected ballot: the pass counts as the engine says them, this paper
 * number in or out of the discrepancies, the tally marked stale rather than recomputed. Without a
 * progress to update (not loaded yet), the re-read that is coming or running will bring it.
 */
function applyPaper(progress: BallotProgress, change: PaperChange): BallotProgress {
  const others = progress.discrepancies.filter((p) => p !== change.paper);
  const discrepancies = change.disagrees ? [...others, change.paper].sort((a, b) => a - b) : others;
  return { ...progress, entered: change.entered, discrepancies };
}

/** The entry a paper event leaves standing for its pass and paper (none when voided). */
function withReading(readings: PaperEntry[], change: PaperChange): PaperEntry[] {
  const others = readings.filter((e) => e.pass !== change.pass || e.paper !== change.paper);
  return change.entry ? [...others, change.entry] : others;
}

/**
 * The readings being read: the paper events that arrive meanwhile are kept and replayed, in order,
 * over the answer (replaying one the answer already holds leaves the same entry standing).
 */
let readingsLoad: { ballotId: number; changes: PaperChange[] } | null = null;

export const useBallots = create<BallotsStore>((set, get) => ({
  ...getInitialBallotsState(),
  async loadList() {
    const r = await client().call('ballots:list', {});
    if (!r.ok) return useApp.getState().fail(r.error);
    set({ list: r.value });
    // Opening the screen with nothing chosen shows the latest ballot rather than an empty pane.
    const { selectedId, creating } = get();
    const latest = r.value.at(-1);
    if (selectedId === null && !creating && latest) await get().select(latest.id);
  },
  async select(id, pane) {
    set({ selectedId: id, creating: false, ballot: null, progress: null, readings: null, ...(pane ? { pane } : {}) });
    if (id !== null) await get().refreshSelected();
  },
  setPane: (pane) => set({ pane }),
  startCreate: () =>
    set({ creating: true, selectedId: null, ballot: null, progress: null, tallyStale: false, readings: null, pane: 'setup' }),
  async refreshSelected() {
    if (inFlight) {
      again = true;
      return inFlight;
    }
    inFlight = (async () => {
      do {
        again = false;
        await fetchSelected();
      } while (again);
    })();
    try {
      await inFlight;
    } finally {
      inFlight = null;
    }
  },
  async refreshProgress() {
    const id = get().selectedId;
    if (id === null) return;
    const r = await client().call('ballots:progress', { id });
    if (get().selectedId === id) set({ progress: r.ok ? r.value : null, tallyStale: false });
  },
  async loadReadings() {
    const ballotId = get().selectedId;
    if (ballotId === null || readingsLoad?.ballotId === ballotId) return;
    const load = (readingsLoad = { ballotId, changes: [] });
    const r = await client().call('papers:list', { ballotId });
    if (readingsLoad !== load) return; // dropped, or another ballot's read began meanwhile
    readingsLoad = null;
    if (get().selectedId !== ballotId) return;
    if (r.ok) set({ readings: load.changes.reduce(withReading, r.value) });
    else useApp.getState().fail(r.error);
  },
  dropReadings() {
    readingsLoad = null;
    set({ readings: null });
  },
  onChanged({ ballotId, paper }) {
    if (!paper) {
      void get().loadList();
      if (ballotId === get().selectedId) void get().refreshSelected();
      return;
    }
    // A paper changes nothing in the list, and nothing of a ballot this window is not showing.
    if (ballotId !== get().selectedId) return;
    if (readingsLoad?.ballotId === ballotId) readingsLoad.changes.push(paper);
    const { progress, readings } = get();
    if (readings) set({ readings: withReading(readings, paper) });
    if (progress) set({ progress: applyPaper(progress, paper), tallyStale: true });
  },
}));
