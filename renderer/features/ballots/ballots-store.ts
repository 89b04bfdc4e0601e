import { create } from 'zustand';
import type { CommandOutput } from '../../../shared/contract/channels';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';

export type Ballot = CommandOutput<'ballots:get'>;
export type BallotSummary = CommandOutput<'ballots:list'>[number];
export type BallotProgress = CommandOutput<'ballots:progress'>;
export type Tally = BallotProgress['tally'];
export type PaperEntry = CommandOutput<'papers:list'>[number];

/** What the ballot screen shows on the right: the settings, the keyboard entry, or the count. */
export type BallotPane = 'setup' | 'entry' | 'count';

export interface BallotsStore {
  list: BallotSummary[];
  selectedId: number | null;
  ballot: Ballot | null;
  progress: BallotProgress | null;
  pane: BallotPane;
  /** True while the "new ballot" form is open instead of a selected ballot. */
  creating: boolean;
  loadList(): Promise<void>;
  select(id: number | null, pane?: BallotPane): Promise<void>;
  setPane(pane: BallotPane): void;
  startCreate(): void;
  /** Reloads the selected ballot and its progress; coalesced, see below. */
  refreshSelected(): Promise<void>;
  onChanged(ballotId: number): void;
}

export const getInitialBallotsState = () => ({
  list: [] as BallotSummary[],
  selectedId: null as number | null,
  ballot: null as Ballot | null,
  progress: null as BallotProgress | null,
  pane: 'setup' as BallotPane,
  creating: false,
});

/**
 * Every saved paper emits 'ballots:changed', and progress recomputes the provisional tally on the
 * engine. At typing speed that is a refresh per keystroke burst, so at most one runs at a time and
 * the events that arrive meanwhile fold into a single follow-up.
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
  useBallots.setState({ progress: progress.ok ? progress.value : null });
}

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
    set({ selectedId: id, creating: false, ballot: null, progress: null, ...(pane ? { pane } : {}) });
    if (id !== null) await get().refreshSelected();
  },
  setPane: (pane) => set({ pane }),
  startCreate: () => set({ creating: true, selectedId: null, ballot: null, progress: null, pane: 'setup' }),
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
  onChanged(ballotId) {
    void get().loadList();
    if (ballotId === get().selectedId) void get().refreshSelected();
  },
}));
