import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setClient } from '../../renderer/app/client-instance';
import { getInitialAppState, useApp } from '../../renderer/app/app-store';
import { createClient } from '../../renderer/client/client';
import { getInitialBallotsState, useBallots } from '../../renderer/features/ballots/ballots-store';
import { getInitialPaperEntryState, reloadPaperEntry, usePaperEntry } from '../../renderer/features/ballots/paper-entry-store';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { engineBridge } from '../helpers/engine-bridge';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { openBallotScreen } from './ballot-screen';
import { unmountThenDispose } from './engine-teardown';
import { type FaultyBridge, faultyBridge } from './offline-bridge';

const NAMES = ['Trần Thị Hà', 'Nguyễn Văn An', 'Lê Văn Cường', 'Phạm Thị Bình', 'Võ Minh Dũng'];

let t: TempEngine;
let ballotId: number;
let link: FaultyBridge;

function connectWindow() {
  link = faultyBridge(engineBridge(t.engine));
  setClient(createClient(link.bridge, { retryDelayMs: 5 }));
}

beforeEach(async () => {
  localStorage.clear();
  t = tempEngine();
  ballotId = await openBallotScreen(t, { title: 'Hiệp thương cử Ủy ban MTTQ phường Thử Nghiệm' }, NAMES);
  connectWindow();
});
afterEach(() => {
  reloadPaperEntry();
  unmountThenDispose(t);
});

async function renderEntry() {
  const user = userEvent.setup();
  render(<OperatorApp />);
  const field = await screen.findByTestId('paper-field');
  await waitFor(() => expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Phiếu số 1'));
  return { user, field };
}

const stored = async () => (await t.engine.call('papers:list', { ballotId, pass: 1 })).map((p) => [p.paper, p.struck]);
const recentPaper = (n: number) => screen.getByTestId('recent-papers').querySelector(`[data-paper="${n}"]`);
const records = () => link.reached.filter((r) => r.channel === 'papers:record');

describe('paper entry while the engine cannot be reached', () => {
  it('keeps the papers typed meanwhile «Chờ gửi», in order, and saves each once when the link is back', async () => {
    const { user, field } = await renderEntry();
    act(() => link.cut());
    await user.type(field, '2 4{Enter}1 3{Enter}');
    await waitFor(() => expect(within(screen.getByTestId('recent-papers')).getAllByText('Chờ gửi')).toHaveLength(2));
    // A lost link is not a refusal: the typing goes on at paper 3, nothing is «not saved», no error.
    expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Phiếu số 3');
    expect(field).toHaveValue('');
    expect(screen.queryByText('Chưa lưu được')).toBeNull();
    expect(screen.getByTestId('connection-banner')).toHaveAttribute('data-state', 'offline');
    expect(await stored()).toEqual([]);
    await user.type(field, '1 5{Enter}');
    await waitFor(() => expect(recentPaper(3)).toHaveTextContent('Chờ gửi'));

    act(() => link.restore(true));
    await waitFor(() => expect(recentPaper(3)).toHaveTextContent('Hợp lệ'));
    expect(await stored()).toEqual([
      [1, [2, 4]],
      [2, [1, 3]],
      [3, [1, 5]],
    ]);
    expect(recentPaper(1)).toHaveTextContent('Hợp lệ');
    expect(screen.queryByText('Chờ gửi')).toBeNull();
    expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Phiếu số 4');
    // In the order of the Enter presses, each under one request id of its own.
    expect(records().map((r) => (r.input as { paper: number }).paper)).toEqual([1, 2, 3]);
  });

  it('resends a paper whose answers were lost after the engine saved it under the same id: saved once, no «already entered»', async () => {
    const { user, field } = await renderEntry();
    link.dropAnswers(2); // the save and the client's own retry: both answers lost
    await user.type(field, '2 4{Enter}');
    await waitFor(() => expect(recentPaper(1)).toHaveTextContent('Chờ gửi'));
    act(() => link.restore(true));
    await waitFor(() => expect(recentPaper(1)).toHaveTextContent('Hợp lệ'));
    expect(new Set(records().map((r) => r.requestId)).size).toBe(1);
    expect(records().length).toBeGreaterThanOrEqual(3);
    expect(await stored()).toEqual([[1, [2, 4]]]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('still stops behind a paper the engine refuses once the link is back: those behind it are «Chưa lưu được»', async () => {
    const { user, field } = await renderEntry();
    act(() => link.cut());
    await user.type(field, '2 4{Enter}1 3{Enter}');
    await waitFor(() => expect(recentPaper(2)).toHaveTextContent('Chờ gửi'));
    // Meanwhile another station entered paper 1 of this pass: the waiting paper 1 will be refused.
    await t.engine.call('papers:record', { ballotId, pass: 1, paper: 1, numbers: [5], invalid: null });
    act(() => link.restore(true));
    await waitFor(() => expect(recentPaper(2)).toHaveTextContent('Chưa lưu được'));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(records().map((r) => (r.input as { paper: number }).paper)).toEqual([1]);
    expect(await stored()).toEqual([[1, [5]]]);
    expect(field).toHaveValue('2 4');
  });

  it('keeps the papers typed while the link is down across a reload (F5), and saves each once after it, under its first id', async () => {
    const { user, field } = await renderEntry();
    // Paper 1 reaches the engine, but both answers are lost; then the link goes down for paper 2.
    link.dropAnswers(2);
    await user.type(field, '2 4{Enter}');
    await waitFor(() => expect(recentPaper(1)).toHaveTextContent('Chờ gửi'));
    act(() => link.cut());
    await user.type(field, '1 3{Enter}');
    await waitFor(() => expect(recentPaper(2)).toHaveTextContent('Chờ gửi'));
    expect(await stored()).toEqual([[1, [2, 4]]]);
    const firstId = records()[0]!.requestId;
    // F5: the page and all it held in memory are gone; the engine is reachable again.
    cleanup();
    reloadPaperEntry();
    useApp.setState({ ...getInitialAppState(), view: 'ballots' });
    useBallots.setState({ ...getInitialBallotsState(), selectedId: ballotId, pane: 'entry' });
    usePaperEntry.setState(getInitialPaperEntryState());
    connectWindow();
    render(<OperatorApp />);
    await waitFor(() => expect(recentPaper(2)).toHaveTextContent('Hợp lệ'));
    expect(await stored()).toEqual([
      [1, [2, 4]],
      [2, [1, 3]],
    ]);
    // Paper 1 went again under the id of its first try: the engine answered its first answer, not «already entered».
    expect(records().map((r) => [(r.input as { paper: number }).paper, r.requestId === firstId])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Phiếu số 3');
    expect(localStorage.getItem('congress-desk-outbox:papers')).toBeNull();
  });
});
