/**
 * «Đọc phiếu đã quét» told of a stack scanned below 180 dpi (docs/scanning.md «Nhìn lại»): real JPEG
 * scans of the ballot's own printed papers, read once from a real folder by the real engine (papers:scan,
 * in its worker); the panel advises 200 dpi for the rest of the stack, as advice beside the figures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { congressFor } from '../integration/exports/export-setup';
import { printPapers, scanBallot, scanJpeg } from '../integration/scan/scan-setup';
import { unmountThenDispose } from './engine-teardown';
import { openEntryPane } from './entry-pane-state';

let t: TempEngine;
let ballotId: number;

beforeEach(async () => {
  t = tempEngine();
  await congressFor(t, 6, 6);
  ballotId = await scanBallot(t);
  openEntryPane(t, ballotId);
});
afterEach(() => unmountThenDispose(t));

/** Two papers of the ballot, each striking three names, scanned at `dpi` into a folder; read once from the panel. */
async function readStackAt(dpi: number) {
  const printed = await printPapers(t, ballotId, 'out');
  const folder = t.file(`may-quet-${dpi}`);
  mkdirSync(folder);
  writeFileSync(join(folder, 'to-1.jpg'), await scanJpeg(t, printed, { 0: 'strike', 1: 'strike', 2: 'strike' }, 1, dpi));
  writeFileSync(join(folder, 'to-2.jpg'), await scanJpeg(t, printed, { 3: 'strike', 4: 'strike', 5: 'strike' }, 2, dpi));
  const user = userEvent.setup();
  render(<OperatorApp />);
  await screen.findByTestId('paper-field');
  await user.keyboard('{F10}');
  await screen.findByTestId('scan-panel');
  await user.type(screen.getByTestId('scan-folder'), folder);
  await user.click(screen.getByTestId('scan-once'));
  const sheets = () => screen.getByTestId('scan-figures').querySelector('[data-figure="sheets"] .count-value');
  await waitFor(() => expect(sheets()).toHaveTextContent('2'), { timeout: 80_000 });
  await waitFor(() => expect(screen.getByTestId('scan-once')).toBeEnabled());
}

describe('«Đọc phiếu đã quét»: a stack scanned below 180 dpi', () => {
  it('at 150 dpi: the pages are read, and the panel says how many came at 150 dpi and to set 200 dpi', async () => {
    await readStackAt(150);
    expect(screen.queryByTestId('scan-error')).not.toBeInTheDocument(); // advice, not an error
    const notice = screen.getByTestId('scan-low-dpi');
    expect(notice).toHaveAttribute('role', 'status');
    expect(notice).toHaveTextContent(
      'Có 2 tờ quét ở 150 dpi: máy không nhìn lại được nét ngắn trong một từ, nên nhiều tờ phải xem lại hơn. Đặt máy quét 200 dpi cho các tờ còn lại.',
    );
  }, 90_000);

  it('at 200 dpi: the same stack read, no notice', async () => {
    await readStackAt(200);
    expect(screen.queryByTestId('scan-low-dpi')).not.toBeInTheDocument();
  }, 90_000);
});
