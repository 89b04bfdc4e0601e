import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OperatorApp } from '../../renderer/operator/operator-app';
import type { BallotMethod } from '../../shared/domain/ballot';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { openBallotScreen } from './ballot-screen';
import { unmountThenDispose } from './engine-teardown';

// Printed order: An, Bình, Cường, Dũng.
const NAMES = ['Nguyễn Văn An', 'Phạm Thị Bình', 'Lê Văn Cường', 'Võ Minh Dũng'];

let t: TempEngine;
let ballotId: number;

async function setUp(method: BallotMethod, seats: number) {
  ballotId = await openBallotScreen(
    t,
    {
      title: 'Bầu Ban Chấp hành',
      seatsApproved: seats,
      seats,
      method,
      preset: 'law',
      rules: { base: 'valid', allStruck: 'invalid', tie: 'older' },
    },
    NAMES,
  );
  render(<OperatorApp />);
  return userEvent.setup();
}

beforeEach(() => {
  t = tempEngine();
});
afterEach(() => unmountThenDispose(t));

const votesOf = async () => (await t.engine.call('ballots:tally', { id: ballotId })).candidates.map((c) => [c.name, c.votes, c.elected]);

describe('totals instead of papers', () => {
  it('takes a hand count of a paper ballot with the keyboard, flagging a candidate above the valid papers', async () => {
    const user = await setUp('paper', 2);
    await user.click(await screen.findByTestId('entry-switch'));
    const valid = await screen.findByTestId('agg-valid');
    await waitFor(() => expect(valid).toHaveFocus());
    // Enter walks down the column: valid, invalid, then each name in printed order.
    await user.keyboard('20{Enter}3{Enter}18{Enter}25{Enter}');
    expect(await screen.findByTestId('agg-problems')).toHaveTextContent('Phạm Thị Bình có 25 phiếu, nhiều hơn số phiếu hợp lệ (20).');
    expect(screen.getByTestId('agg-save')).toBeDisabled();
    await user.clear(screen.getByTestId('agg-c2'));
    await user.type(screen.getByTestId('agg-c2'), '15{Enter}');
    await user.keyboard('4{Enter}2{Enter}');
    await waitFor(() => expect(screen.getByTestId('ballot-state')).toHaveTextContent('Đã kiểm phiếu'));
    expect(await votesOf()).toEqual([
      ['Nguyễn Văn An', 18, true],
      ['Phạm Thị Bình', 15, true],
      ['Lê Văn Cường', 4, false],
      ['Võ Minh Dũng', 2, false],
    ]);
    const tally = await t.engine.call('ballots:tally', { id: ballotId });
    expect([tally.valid, tally.invalid]).toEqual([20, 3]);
  });

  it('records a show of hands name by name', async () => {
    const user = await setUp('hands_per_name', 3);
    await screen.findByTestId('aggregate-form');
    // asked once the screen is up (before it, the app is still loading and nothing is there)
    expect(screen.queryByTestId('paper-field')).toBeNull();
    expect(screen.queryByTestId('agg-invalid')).toBeNull();
    await user.click(screen.getByTestId('agg-valid'));
    await user.keyboard('30{Enter}30{Enter}29{Enter}12{Enter}16{Enter}');
    await waitFor(() => expect(screen.getByTestId('ballot-state')).toHaveTextContent('Đã kiểm phiếu'));
    // 12 × 2 > 30 is false, 16 × 2 > 30 is true: Dũng passes and is third.
    expect(await votesOf()).toEqual([
      ['Nguyễn Văn An', 30, true],
      ['Phạm Thị Bình', 29, true],
      ['Lê Văn Cường', 12, false],
      ['Võ Minh Dũng', 16, true],
    ]);
  });

  it('records one show of hands for the whole list', async () => {
    const user = await setUp('hands_whole_list', 4);
    await user.click(await screen.findByTestId('agg-valid'));
    await user.keyboard('40{Enter}41');
    expect(await screen.findByTestId('agg-problems')).toHaveTextContent('nhiều hơn số phiếu hợp lệ (40)');
    await user.keyboard('{Backspace}{Backspace}39{Enter}');
    await waitFor(() => expect(screen.getByTestId('ballot-state')).toHaveTextContent('Đã kiểm phiếu'));
    expect((await votesOf()).map(([, v, e]) => [v, e])).toEqual([
      [39, true],
      [39, true],
      [39, true],
      [39, true],
    ]);
  });
});
