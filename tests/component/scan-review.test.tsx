/**
 * The board's review of doubtful scanned papers on the operator's ballot screen (docs/scanning.md),
 * by keyboard, against a real engine: the pages are recorded as main/scan would hand them over
 * (tests/integration/scan/read-pages.ts), so no pixels are needed here.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { congressFor } from '../integration/exports/export-setup';
import { doubtfulPass } from '../integration/scan/read-pages';
import { unmountThenDispose } from './engine-teardown';
import { openEntryPane } from './entry-pane-state';

let t: TempEngine;
let ballotId: number;

beforeEach(async () => {
  t = tempEngine();
  await congressFor(t, 6, 6);
  // paper 2: writing on the page, a short line at 6, a faint one at 8; paper 3: extra ink beside name 9
  ballotId = await doubtfulPass(t);
  openEntryPane(t, ballotId);
});
afterEach(() => unmountThenDispose(t));

const pending = () => t.engine.call('papers:pending', { ballotId });
const papers = () => t.engine.call('papers:list', { ballotId, pass: 1 });
const nameOf = async (n: number) => (await t.engine.call('ballots:get', { id: ballotId })).candidates.find((c) => c.number === n)!.name;

async function openReview() {
  const user = userEvent.setup();
  render(<OperatorApp />);
  await screen.findByTestId('paper-field');
  expect(await screen.findByTestId('scan-entry-review')).toHaveTextContent('Xem 2 phiếu nghi');
  await user.keyboard('{F10}');
  await screen.findByTestId('scan-panel');
  await user.keyboard('{F10}');
  await screen.findByTestId('scan-review');
  return user;
}

describe('the board reviews the doubtful scanned papers by keyboard', () => {
  it('shows one doubt at a time, the page first, and each key decides it in the engine', async () => {
    const user = await openReview();
    const item = () => screen.getByTestId('review-item');
    await waitFor(() => expect(item()).toHaveAttribute('data-kind', 'page'));
    expect(screen.getByTestId('review-paper')).toHaveTextContent('Phiếu số 2 · lượt 1');
    expect(screen.getByTestId('review-label')).toHaveTextContent('Cả tờ phiếu');
    expect(screen.getByTestId('review-seen')).toHaveTextContent('Có chữ viết hoặc chữ ký ngoài chỗ tên');
    // the kept image is not there: the board is told where the paper is in the stack
    expect(await screen.findByTestId('review-no-image')).toHaveTextContent('tệp to-2.jpg, trang 1');
    expect(screen.getByText(/H hợp lệ · X không hợp lệ/)).toBeInTheDocument();

    await user.keyboard('h');
    await waitFor(() => expect(screen.getByTestId('review-label')).toHaveTextContent('Dòng 6'));
    expect(screen.getByTestId('review-label')).toHaveTextContent(`Dòng 6: ${await nameOf(6)}`);
    expect(screen.getByTestId('review-seen')).toHaveTextContent('Nét gạch ngắn, không qua hết tên');
    await waitFor(async () => expect((await pending())[0]!.cleared).toBe(true));

    await user.keyboard('g');
    await waitFor(() => expect(screen.getByTestId('review-label')).toHaveTextContent('Dòng 8'));
    expect(screen.getByTestId('review-seen')).toHaveTextContent('Nét gạch mờ');
    await waitFor(async () => expect((await pending())[0]!.rows.find((r) => r.number === 6)!.board).toBe('struck'));

    // back to row 6: the board's reading shows, and a second key changes it
    await user.keyboard('{Backspace}');
    expect(screen.getByTestId('review-label')).toHaveTextContent('Dòng 6');
    expect(screen.getByTestId('review-decided')).toHaveTextContent('Ban đã quyết định: Gạch');
    await user.keyboard('k');
    await waitFor(() => expect(screen.getByTestId('review-label')).toHaveTextContent('Dòng 8'));
    await waitFor(async () => expect((await pending())[0]!.rows.find((r) => r.number === 6)!.board).toBe('kept'));
    expect(await papers()).toHaveLength(1);

    // the last doubt of paper 2: it enters the pass, and the board is told
    await user.keyboard('g');
    expect(await screen.findByTestId('review-note')).toHaveTextContent('Phiếu số 2 (lượt 1) đã được ghi.');
    expect((await papers()).map((p) => [p.paper, p.struck, p.invalid])).toEqual([
      [1, [1, 2, 3], null],
      [2, [4, 5, 8], null],
    ]);
    await waitFor(() => expect(screen.getByTestId('review-paper')).toHaveTextContent('Phiếu số 3'));
    expect(screen.getByTestId('review-seen')).toHaveTextContent('Có mực thêm cạnh tên');
  });

  it('X asks the board’s reason (the paper entry’s chooser) and records the whole paper invalid; then says the count can go on', async () => {
    const user = await openReview();
    await screen.findByTestId('review-item');
    // paper 2 by mouse: every key has its button
    await user.click(screen.getByTestId('review-valid'));
    await waitFor(() => expect(screen.getByTestId('review-label')).toHaveTextContent('Dòng 6'));
    await user.click(screen.getByTestId('review-struck'));
    await waitFor(() => expect(screen.getByTestId('review-label')).toHaveTextContent('Dòng 8'));
    await user.click(screen.getByTestId('review-kept'));
    await waitFor(() => expect(screen.getByTestId('review-paper')).toHaveTextContent('Phiếu số 3'));

    await user.keyboard('x');
    const chooser = await screen.findByTestId('invalid-chooser');
    expect(within(chooser).getAllByRole('option')).toHaveLength(4);
    await user.keyboard('{Escape}'); // Esc leaves the chooser, not the review
    expect(screen.queryByTestId('invalid-chooser')).not.toBeInTheDocument();
    expect(screen.getByTestId('scan-review')).toBeInTheDocument();
    await user.keyboard('x');
    await screen.findByTestId('invalid-chooser');
    await user.keyboard('2');
    expect(await screen.findByTestId('review-none')).toHaveTextContent('Không còn phiếu nào chờ xem: có thể kiểm phiếu tiếp.');
    expect(await pending()).toEqual([]);
    expect((await papers()).map((p) => [p.paper, p.struck, p.invalid])).toEqual([
      [1, [1, 2, 3], null],
      [2, [4, 5, 6], null],
      [3, [], 'written_in'],
    ]);
    // Esc leaves, and the paper field has the keyboard again
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('scan-review')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByTestId('paper-field')).toHaveFocus());
  });

  it('shows the engine’s refusal when another board member decided the paper first, and reads the list again', async () => {
    const user = await openReview();
    await screen.findByTestId('review-item');
    await t.engine.call('papers:decide', { ballotId, paper: 2, invalid: 'identifying_mark' });
    await user.keyboard('h');
    expect(await screen.findByTestId('review-note')).toHaveTextContent('Phiếu số 2 đã vào lượt nhập 1');
    expect(screen.getByTestId('review-note')).toHaveAttribute('role', 'alert');
    await waitFor(() => expect(screen.getByTestId('review-paper')).toHaveTextContent('Phiếu số 3'));
  });
});
