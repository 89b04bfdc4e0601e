/**
 * «Số phiếu phát ra» left empty: the ballot screen says so beside the count and projection buttons,
 * with a jump to the field, and the result slide says «chưa nhập» instead of a bare «—»
 * (renderer/features/ballots/issued-warning.tsx, renderer/features/slides/ballot-result-slide.tsx).
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { useBallots } from '../../renderer/features/ballots/ballots-store';
import { BallotResultSlide } from '../../renderer/features/slides/ballot-result-slide';
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
  await t.engine.call('papers:record', { ballotId, pass: 1, paper: 1, numbers: [2], invalid: null });
  useBallots.setState({ pane: 'count' });
});
afterEach(() => unmountThenDispose(t));

describe('papers issued not entered', () => {
  it('is said while the ballot is open, and the jump puts the cursor in the field', async () => {
    const user = userEvent.setup();
    render(<OperatorApp />);
    const warning = await screen.findByTestId('issued-warning');
    expect(warning).toHaveTextContent('Chưa nhập số phiếu phát ra');
    await user.click(within(warning).getByTestId('issued-jump'));
    expect(screen.getByTestId('issued-input')).toHaveFocus();
    await user.keyboard('1{Enter}');
    await waitFor(() => expect(screen.queryByTestId('issued-warning')).toBeNull());
  });

  it('is still said once counted and published, where the result is projected, with the way to reopen', async () => {
    await t.engine.call('ballots:count', { id: ballotId });
    await t.engine.call('ballots:publish', { id: ballotId });
    const user = userEvent.setup();
    render(<OperatorApp />);
    const warning = await screen.findByTestId('issued-warning');
    expect(warning).toHaveTextContent('Chưa nhập số phiếu phát ra');
    expect(screen.getByRole('button', { name: 'Chiếu kết quả' })).toBeInTheDocument();
    await user.click(within(warning).getByTestId('issued-jump'));
    expect(screen.getByPlaceholderText('Lý do mở lại (ghi vào nhật ký)')).toHaveFocus();
  });

  it('reads «chưa nhập» on the result slide, not a bare dash', async () => {
    await t.engine.call('ballots:count', { id: ballotId });
    await t.engine.call('ballots:publish', { id: ballotId });
    await t.engine.call('projector:set', { slide: 'ballot_result', ballotId });
    render(<BallotResultSlide view={await t.engine.call('projector:view', {})} />);
    const counts = screen.getByTestId('slide-counts');
    expect(counts).toHaveTextContent('chưa nhậpPhát ra');
    expect(counts).not.toHaveTextContent('—');
  });
});
