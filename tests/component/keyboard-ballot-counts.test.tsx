/**
 * "Số phiếu phát ra" at the count: Enter saves it, and counting without it warns first
 * (see renderer/features/ballots/counts-form.tsx and ballot-actions.tsx).
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { useBallots } from '../../renderer/features/ballots/ballots-store';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { openBallotScreen } from './ballot-screen';
import { unmountThenDispose } from './engine-teardown';

let t: TempEngine;
let ballotId: number;

beforeEach(async () => {
  t = tempEngine();
  ballotId = await openBallotScreen(t, { title: 'Bầu Ban Chấp hành', seatsApproved: 1, seats: 1, method: 'paper', preset: 'law' }, [
    'Nguyễn Văn An',
    'Phạm Thị Bình',
  ]);
  useBallots.setState({ pane: 'count' });
});
afterEach(() => unmountThenDispose(t));

const stored = () => t.engine.call('ballots:get', { id: ballotId });

describe('papers issued at the count', () => {
  it('saves the papers issued on Enter', async () => {
    const user = userEvent.setup();
    render(<OperatorApp />);
    const issued = await screen.findByTestId('issued-input');
    await user.type(issued, '42{Enter}');
    await waitFor(async () => expect((await stored()).counts.issued).toBe(42));
    await waitFor(() => expect(screen.getByTestId('ballot-issued')).toHaveTextContent('42'));
  });

  it('warns before counting without papers issued, and counts on the second press', async () => {
    await t.engine.call('papers:record', { ballotId, pass: 1, paper: 1, numbers: [2], invalid: null });
    const user = userEvent.setup();
    render(<OperatorApp />);
    await user.click(await screen.findByTestId('ballot-step'));
    expect(await screen.findByTestId('issued-missing')).toHaveTextContent('Chưa nhập số phiếu phát ra');
    expect((await stored()).state).toBe('open');
    expect(screen.getByTestId('ballot-step')).toHaveTextContent('Vẫn kiểm phiếu khi chưa có số phiếu phát ra');
    await user.click(screen.getByTestId('ballot-step'));
    await waitFor(async () => expect((await stored()).state).toBe('counted'));
  });
});
