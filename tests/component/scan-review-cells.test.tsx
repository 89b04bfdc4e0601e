/**
 * The board's review of a paper of Đồng ý / Không đồng ý cells (a list without surplus, docs/scanning.md
 * «Rules relied on»): the keys and their words are the paper's, not the struck list's. A real engine;
 * the pages as main/scan would hand them over (tests/integration/scan/read-pages.ts).
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { recordScannedPages } from '../../main/services/scan-service';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { congressFor } from '../integration/exports/export-setup';
import { readableBallot } from '../integration/scan/read-pages';
import { NAMES } from '../integration/scan/scan-setup';
import { unmountThenDispose } from './engine-teardown';
import { openEntryPane } from './entry-pane-state';

let t: TempEngine;
let ballotId: number;

beforeEach(async () => {
  t = tempEngine();
  await congressFor(t, 6, 6);
  // 5 names for 5 seats: the paper has Đồng ý / Không đồng ý cells
  const { id, page } = await readableBallot(t, NAMES.slice(0, 5), 5);
  ballotId = id;
  recordScannedPages(t.engine.context(), {
    ballotId: id,
    pass: 1,
    pages: [page(1, { 2: ['both-boxes'], 4: ['no-box'] })],
  });
  openEntryPane(t, id);
});
afterEach(() => unmountThenDispose(t));

const boardRows = async () => (await t.engine.call('papers:pending', { ballotId }))[0]?.rows.filter((r) => r.board);

describe('the review of a paper of Đồng ý / Không đồng ý cells', () => {
  it('offers D đồng ý and K không đồng ý (G does nothing), and records «không đồng ý» as struck', async () => {
    const user = userEvent.setup();
    render(<OperatorApp />);
    await screen.findByTestId('paper-field');
    await user.keyboard('{F10}');
    await screen.findByTestId('scan-panel');
    await user.keyboard('{F10}');
    await screen.findByTestId('scan-review');
    await waitFor(() => expect(screen.getByTestId('review-label')).toHaveTextContent('Dòng 2'));
    expect(screen.getByTestId('review-seen')).toHaveTextContent('Đánh dấu cả hai ô');
    expect(screen.getByTestId('review-kept')).toHaveTextContent('D Đồng ý');
    expect(screen.getByTestId('review-struck')).toHaveTextContent('K Không đồng ý');
    // the Đồng ý cell comes first, as on the paper
    const keys = screen.getAllByRole('button').filter((b) => b.dataset.testid === 'review-kept' || b.dataset.testid === 'review-struck');
    expect(keys.map((b) => b.dataset.testid)).toEqual(['review-kept', 'review-struck']);
    expect(screen.getByText('D đồng ý · K không đồng ý · X không hợp lệ · ← chỗ trước · Esc rời')).toBeInTheDocument();
    expect(screen.queryByText(/Gạch|Giữ/)).not.toBeInTheDocument();

    await user.keyboard('g'); // the struck list's key: nothing on a paper of cells
    expect(screen.getByTestId('review-label')).toHaveTextContent('Dòng 2');
    await user.keyboard('k');
    await waitFor(() => expect(screen.getByTestId('review-label')).toHaveTextContent('Dòng 4'));
    await waitFor(async () => expect(await boardRows()).toEqual([expect.objectContaining({ number: 2, board: 'struck' })]));
    await user.keyboard('{Backspace}');
    expect(screen.getByTestId('review-decided')).toHaveTextContent('Ban đã quyết định: Không đồng ý');
    await user.keyboard('k');
    await waitFor(() => expect(screen.getByTestId('review-label')).toHaveTextContent('Dòng 4'));
    await user.keyboard('d');
    expect(await screen.findByTestId('review-note')).toHaveTextContent('Phiếu số 1 (lượt 1) đã được ghi.');
    expect((await t.engine.call('papers:list', { ballotId, pass: 1 })).map((p) => [p.paper, p.struck, p.invalid])).toEqual([
      [1, [2], null],
    ]);
  });
});
