import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CongressBridge } from '../../shared/contract/bridge';
import type { CommandName } from '../../shared/contract/channels';
import type { EventStamp } from '../../shared/contract/envelope';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { useBallots } from '../../renderer/features/ballots/ballots-store';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { engineBridge } from '../helpers/engine-bridge';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { openBallotScreen } from './ballot-screen';
import { unmountThenDispose } from './engine-teardown';

/**
 * A saved paper reaches every window as an event carrying the paper and the new progress: the
 * window applies it without asking the engine for the ballot, its progress or its tally.
 */

const NAMES = ['Trần Thị Hà', 'Nguyễn Văn An', 'Lê Văn Cường', 'Phạm Thị Bình', 'Võ Minh Dũng'];
/** What re-reads the ballot or recomputes its tally: none of it may run per paper. */
const REREADS: CommandName[] = ['ballots:get', 'ballots:progress', 'ballots:tally', 'ballots:list', 'papers:list'];

let t: TempEngine;
let ballotId: number;

/**
 * This window's transport: the real engine behind it, every command it sends written down, events
 * held back while "cut off", and the client's re-read signal given by the test (as the host's
 * stream does when the engine could not say what was missed).
 */
function windowBridge(options: { holdFirstRecord?: Promise<void> } = {}) {
  const inner = engineBridge(t.engine);
  const sent: string[] = [];
  let cutOff = false;
  let reread: ((position?: EventStamp) => void) | null = null;
  let held = options.holdFirstRecord;
  const bridge: CongressBridge = {
    invoke: async (channel, input, meta) => {
      sent.push(channel);
      // A slow network for the first save: what would make a later save overtake it.
      if (channel === 'papers:record' && held) {
        const gate = held;
        held = undefined;
        await gate;
      }
      return inner.invoke(channel, input, meta);
    },
    subscribe: (listener) => inner.subscribe((name, payload, stamp) => !cutOff && listener(name, payload, stamp)),
    onReread: (listener) => {
      reread = listener;
      return () => (reread = null);
    },
  };
  return {
    bridge,
    rereadsSent: () => sent.filter((c) => (REREADS as string[]).includes(c)),
    sent,
    cutOff: (v: boolean) => (cutOff = v),
    fireReread: () => reread?.(),
  };
}

/** Another operator's window on the same engine: a client of its own. */
const otherWindow = () => createClient(engineBridge(t.engine));

async function renderEntry(w: ReturnType<typeof windowBridge>) {
  setClient(createClient(w.bridge));
  const user = userEvent.setup();
  render(<OperatorApp />);
  const field = await screen.findByTestId('paper-field');
  await waitFor(() => expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Phiếu số 1'));
  await waitFor(() => expect(useBallots.getState().progress).not.toBeNull());
  return { user, field };
}

afterEach(() => unmountThenDispose(t));

describe('a paper saved in one window, seen in another', () => {
  beforeEach(async () => {
    t = tempEngine();
    ballotId = await openBallotScreen(t, { title: 'Hiệp thương cử Ủy ban MTTQ phường Thử Nghiệm', passes: 2 }, NAMES);
  });

  it('appears with the new progress, and no ballot, progress or tally is asked for', async () => {
    const w = windowBridge();
    await renderEntry(w);
    w.sent.length = 0;

    const other = otherWindow();
    await act(async () => {
      const r = await other.call('papers:record', { ballotId, pass: 1, paper: 1, numbers: [2, 4], invalid: null });
      expect(r.ok).toBe(true);
    });

    const recent = await screen.findByTestId('recent-papers');
    expect(within(recent).getByText('Phiếu số 1')).toBeInTheDocument();
    expect(recent.querySelector('[data-paper="1"]')).toHaveClass('status-saved');
    expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Phiếu số 2');
    expect(screen.getByText('Đã nhập 1 phiếu ở lượt 1')).toBeInTheDocument();
    const progress = useBallots.getState().progress!;
    expect(progress.entered).toEqual([
      { pass: 1, papers: 1, nextPaper: 2 },
      { pass: 2, papers: 0, nextPaper: 1 },
    ]);
    // Pass 2 lacks paper 1 for now: the passes disagree on it until it is entered there.
    expect(progress.discrepancies).toEqual([1]);
    expect(useBallots.getState().tallyStale).toBe(true);
    expect(w.sent).toEqual([]);
  });

  it('keeps the discrepancies and pass counts as the engine says, then recomputes the tally once when the count is shown', async () => {
    const w = windowBridge();
    const { user } = await renderEntry(w);
    w.sent.length = 0;
    const other = otherWindow();
    await act(async () => {
      await other.call('papers:record', { ballotId, pass: 1, paper: 1, numbers: [2, 4], invalid: null });
      await other.call('papers:record', { ballotId, pass: 2, paper: 1, numbers: [4, 2], invalid: null });
      await other.call('papers:record', { ballotId, pass: 1, paper: 2, numbers: [1], invalid: null });
      await other.call('papers:record', { ballotId, pass: 2, paper: 2, numbers: [3], invalid: null }); // misread
      await other.call('papers:void', { ballotId, pass: 1, paper: 1, reason: 'Nhập nhầm tờ' });
    });
    await waitFor(() => expect(useBallots.getState().progress!.discrepancies).toEqual([1, 2]));
    expect(useBallots.getState().progress!.entered.map((e) => e.papers)).toEqual([1, 2]);
    expect(screen.getByTestId('recent-papers').querySelector('[data-paper="1"]')).toHaveClass('status-voided');
    expect(w.rereadsSent()).toEqual([]);

    await user.click(screen.getByRole('tab', { name: 'Kiểm phiếu & kết quả' }));
    await waitFor(() => expect(w.rereadsSent()).toHaveLength(2));
    // Shown: the tally recomputed once, and the papers' readings read once to settle them.
    expect(w.rereadsSent().sort()).toEqual(['ballots:progress', 'papers:list']);
    expect(useBallots.getState().tallyStale).toBe(false);
    expect(
      within(screen.getByTestId('pass-progress'))
        .getAllByText(/^[0-9]+$/)
        .map((e) => e.textContent),
    ).toEqual(['1', '2']);

    // A paper while the count is on screen: marked stale, recomputed when the board asks.
    await act(async () => {
      await other.call('papers:record', { ballotId, pass: 1, paper: 3, numbers: [], invalid: null });
    });
    expect(await screen.findByTestId('tally-stale')).toBeInTheDocument();
    expect(useBallots.getState().progress!.discrepancies).toEqual([1, 2, 3]);
    // Its reading came with its event: shown for the board without reading the papers again.
    expect(await screen.findByTestId('resolve-3')).toHaveTextContent('Lượt 1: 0');
    expect(screen.getByTestId('resolve-3')).toHaveTextContent('Lượt 2: (chưa nhập)');
    expect(screen.getByTestId('resolve-2')).toHaveTextContent('Lượt 1: 1');
    expect(screen.getByTestId('resolve-2')).toHaveTextContent('Lượt 2: 3');
    expect(w.rereadsSent().sort()).toEqual(['ballots:progress', 'papers:list']);
    await user.click(screen.getByTestId('tally-recompute'));
    await waitFor(() => expect(screen.queryByTestId('tally-stale')).toBeNull());
    expect(w.rereadsSent().sort()).toEqual(['ballots:progress', 'ballots:progress', 'papers:list']);
  });

  it('shows the readings of papers that come to disagree after the count is on screen', async () => {
    const w = windowBridge();
    const { user } = await renderEntry(w);
    await user.click(screen.getByRole('tab', { name: 'Kiểm phiếu & kết quả' }));
    await screen.findByTestId('no-discrepancies');
    // A station's pass 2 and the operator's pass 1 of the same paper, arriving once the count is shown.
    const other = otherWindow();
    await act(async () => {
      await other.call('papers:record', { ballotId, pass: 2, paper: 1, numbers: [3], invalid: null });
      await other.call('papers:record', { ballotId, pass: 1, paper: 1, numbers: [1], invalid: null });
    });
    const row = await screen.findByTestId('resolve-1');
    await waitFor(() => expect(row).toHaveTextContent('Lượt 1: 1'));
    expect(row).toHaveTextContent('Lượt 2: 3');
    await user.click(within(row).getByRole('button', { name: 'lấy theo lượt 1' }));
    expect(within(row).getByRole('textbox')).toHaveValue('1');
  });

  it('re-reads once after missing events, and shows what was missed', async () => {
    const w = windowBridge();
    await renderEntry(w);
    w.cutOff(true);
    const other = otherWindow();
    await other.call('papers:record', { ballotId, pass: 1, paper: 1, numbers: [2], invalid: null });
    await other.call('papers:record', { ballotId, pass: 1, paper: 2, numbers: [3], invalid: null });
    expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Phiếu số 1');
    w.cutOff(false);
    w.sent.length = 0;
    await act(async () => w.fireReread());
    await waitFor(() => expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Phiếu số 3'));
    expect(useBallots.getState().progress!.entered[0]!.papers).toBe(2);
    expect(w.rereadsSent().sort()).toEqual(['ballots:get', 'ballots:list', 'ballots:progress', 'papers:list']);
  });
});

describe('this window’s own saves', () => {
  beforeEach(async () => {
    t = tempEngine();
    ballotId = await openBallotScreen(t, { title: 'Hiệp thương cử Ủy ban MTTQ phường Thử Nghiệm' }, NAMES);
  });

  it('show the next paper at Enter, before the engine answers, and reach it in the order of the Enter presses', async () => {
    let release!: () => void;
    const w = windowBridge({ holdFirstRecord: new Promise<void>((r) => (release = r)) });
    const { user, field } = await renderEntry(w);
    w.sent.length = 0;
    const saved: number[] = [];
    const off = t.engine.on((name, payload) => {
      if (name === 'ballots:changed' && 'paper' in payload && payload.paper) saved.push(payload.paper.paper);
    });
    await user.type(field, '2 4{Enter}1 3{Enter}');
    // Ready for paper 3 while paper 1 is still on its way: shown as being saved, not as saved.
    expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Phiếu số 3');
    const recent = screen.getByTestId('recent-papers');
    expect(within(recent).getAllByText('Đang lưu…')).toHaveLength(2);
    expect(await t.engine.call('papers:list', { ballotId, pass: 1 })).toEqual([]);
    release();
    await waitFor(() => expect(saved).toEqual([1, 2]));
    off();
    const stored = await t.engine.call('papers:list', { ballotId, pass: 1 });
    expect(stored.map((p) => [p.paper, p.struck])).toEqual([
      [1, [2, 4]],
      [2, [1, 3]],
    ]);
    await waitFor(() => expect(within(recent).queryByText('Đang lưu…')).toBeNull());
    // Nothing on screen says a number was skipped (the engine warns when paper 2 comes before 1).
    expect(screen.queryByRole('alert')).toBeNull();
    expect(w.rereadsSent()).toEqual([]);
  });
});
