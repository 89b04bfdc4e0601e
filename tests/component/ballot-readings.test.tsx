import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CongressBridge } from '../../shared/contract/bridge';
import { useApp } from '../../renderer/app/app-store';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { type PaperEntry, useBallots } from '../../renderer/features/ballots/ballots-store';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { names, settings } from '../helpers/ballot-settings';
import { engineBridge } from '../helpers/engine-bridge';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { openBallotScreen } from './ballot-screen';
import { unmountThenDispose } from './engine-teardown';

/**
 * The papers' readings the count pane reads for the board to settle disagreements (every standing
 * entry of the ballot, up to thousands): the selected ballot's only, and held only while that pane
 * is on screen.
 */

const NAMES = ['Trần Thị Hà', 'Nguyễn Văn An', 'Lê Văn Cường', 'Phạm Thị Bình', 'Võ Minh Dũng'];
const COUNT_TAB = 'Kiểm phiếu & kết quả';

let t: TempEngine;
let ballotA: number;
let ballotB: number;

/** Paper 1 of a ballot, read differently by its two passes. */
async function disagreeingPaper(ballotId: number, pass1: number[], pass2: number[]): Promise<void> {
  await t.engine.call('papers:record', { ballotId, pass: 1, paper: 1, numbers: pass1, invalid: null });
  await t.engine.call('papers:record', { ballotId, pass: 2, paper: 1, numbers: pass2, invalid: null });
}

/** The real engine behind the window; `papers:list` answers only once `release` is called, when held. */
function windowBridge() {
  const inner = engineBridge(t.engine);
  let gate: Promise<void> | null = null;
  let release: () => void = () => {};
  const bridge: CongressBridge = {
    invoke: async (channel, input, meta) => {
      if (channel === 'papers:list' && gate) await gate;
      return inner.invoke(channel, input, meta);
    },
    subscribe: (listener) => inner.subscribe(listener),
  };
  return {
    bridge,
    holdReadings: () => (gate = new Promise<void>((r) => (release = r))),
    releaseReadings: () => release(),
  };
}

async function renderCountPane(w = windowBridge()) {
  setClient(createClient(w.bridge));
  useBallots.setState({ selectedId: ballotA, pane: 'count' });
  const user = userEvent.setup();
  render(<OperatorApp />);
  const row = await screen.findByTestId('resolve-1');
  await waitFor(() => expect(row).toHaveTextContent('Lượt 1: 1'));
  expect(row).toHaveTextContent('Lượt 2: 2');
  return { user, w };
}

const struck = (readings: PaperEntry[] | null) => readings?.map((e) => e.struck.join(' ')).sort() ?? null;

beforeEach(async () => {
  t = tempEngine();
  ballotA = await openBallotScreen(t, { title: 'Bầu Ban Thường trực', passes: 2 }, NAMES);
  const b = await t.engine.call('ballots:create', settings({ title: 'Bầu Ủy ban kiểm tra', passes: 2 }));
  ballotB = b.id;
  await t.engine.call('ballots:setCandidates', { id: ballotB, candidates: names(...NAMES) });
  await t.engine.call('ballots:open', { id: ballotB });
  await disagreeingPaper(ballotA, [1], [2]);
  await disagreeingPaper(ballotB, [3], [4]);
});

afterEach(() => unmountThenDispose(t));

describe('the readings of the count pane', () => {
  it('another ballot’s count pane never has the previous ballot’s readings, not even for a moment', async () => {
    const { user } = await renderCountPane();
    expect(struck(useBallots.getState().readings)).toEqual(['1', '2']);
    const seenForB: (string[] | null)[] = [];
    const stop = useBallots.subscribe((s) => s.selectedId === ballotB && seenForB.push(struck(s.readings)));
    try {
      await user.click(screen.getByRole('button', { name: /Bầu Ủy ban kiểm tra/ }));
      await waitFor(() => expect(screen.getByTestId('resolve-1')).toHaveTextContent('Lượt 1: 3'));
      expect(screen.getByTestId('resolve-1')).toHaveTextContent('Lượt 2: 4');
    } finally {
      stop();
    }
    expect(seenForB.length).toBeGreaterThan(0);
    for (const seen of seenForB) expect([null, ['3', '4']]).toContainEqual(seen);
  });

  it('are let go when the pane is left, and read again (current) when it comes back', async () => {
    const { user } = await renderCountPane();
    await user.click(screen.getByRole('tab', { name: 'Nhập phiếu' }));
    await screen.findByTestId('paper-field');
    expect(useBallots.getState().readings).toBeNull();

    // Saved while the pane is away: shown when it comes back, from the re-read.
    await act(async () => {
      await t.engine.call('papers:record', { ballotId: ballotA, pass: 1, paper: 2, numbers: [5], invalid: null });
      await t.engine.call('papers:record', { ballotId: ballotA, pass: 2, paper: 2, numbers: [4], invalid: null });
    });
    await user.click(screen.getByRole('tab', { name: COUNT_TAB }));
    const row = await screen.findByTestId('resolve-2');
    await waitFor(() => expect(row).toHaveTextContent('Lượt 1: 5'));
    expect(row).toHaveTextContent('Lượt 2: 4');
    expect(screen.getByTestId('resolve-1')).toHaveTextContent('Lượt 2: 2');
    expect(struck(useBallots.getState().readings)).toEqual(['1', '2', '4', '5']);
  });

  it('are let go when the ballot screen is left', async () => {
    await renderCountPane();
    act(() => useApp.setState({ view: 'agenda' }));
    await waitFor(() => expect(screen.queryByTestId('discrepancies')).toBeNull());
    expect(useBallots.getState().readings).toBeNull();
  });

  it('a read still under way when the pane is left does not bring them back', async () => {
    const w = windowBridge();
    const { user } = await renderCountPane(w);
    await user.click(screen.getByRole('tab', { name: 'Nhập phiếu' }));
    await screen.findByTestId('paper-field');
    w.holdReadings();
    await user.click(screen.getByRole('tab', { name: COUNT_TAB }));
    await screen.findByTestId('resolve-1'); // reading its papers, held back
    await user.click(screen.getByRole('tab', { name: 'Nhập phiếu' }));
    await screen.findByTestId('paper-field');
    await act(async () => w.releaseReadings());
    await act(() => new Promise((r) => setTimeout(r, 50))); // the answer arrives after the pane went
    expect(useBallots.getState().readings).toBeNull();
  });
});
