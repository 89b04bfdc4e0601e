/**
 * «Đọc phiếu đã quét» (F10) on the paper entry of a ballot (docs/scanning.md «A watched folder»),
 * against a real engine: the panel starts a real watch of a real folder; the batches it tells are
 * recorded by the real service from pages as main/scan hands them over (tests/integration/scan/read-pages.ts)
 * and told on the engine's own event, as main/engine/scan-watch.ts tells them.
 */
import { mkdirSync } from 'node:fs';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { EventPayload } from '../../shared/contract/channels';
import { type ReadPage, recordScannedPages } from '../../main/services/scan-service';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { congressFor } from '../integration/exports/export-setup';
import { readableBallot } from '../integration/scan/read-pages';
import { NAMES } from '../integration/scan/scan-setup';
import { unmountThenDispose } from './engine-teardown';
import { openEntryPane } from './entry-pane-state';

let t: TempEngine;
let ballotId: number;
let page: Awaited<ReturnType<typeof readableBallot>>['page'];

beforeEach(async () => {
  t = tempEngine();
  await congressFor(t, 6, 6);
  const ballot = await readableBallot(t, NAMES, 9);
  ballotId = ballot.id;
  page = ballot.page;
  openEntryPane(t, ballotId);
});
afterEach(async () => {
  await t.engine.call('papers:unwatch', {}).catch(() => null);
  await unmountThenDispose(t);
});

type Watch = NonNullable<EventPayload<'papers:scanned'>['watch']>;

/** One batch of the watch: recorded by the scan service, then told as the watch tells it (with its running totals). */
async function tellBatch(pages: ReadPage[], before: Watch): Promise<Watch> {
  const report = recordScannedPages(t.engine.context(), { ballotId, pass: 1, pages });
  const watch = {
    ...before,
    files: before.files + pages.length,
    accepted: before.accepted + report.accepted,
    pending: before.pending + report.pending,
    refused: before.refused + report.refused,
    duplicates: before.duplicates + report.duplicates,
  };
  await act(async () => t.engine.context().emit('papers:scanned', { ballotId, pass: 1, report, watch }));
  return watch;
}

const figure = (k: string) => screen.getByTestId('scan-figures').querySelector(`[data-figure="${k}"] .count-value`)!;
const figures = () =>
  Object.fromEntries(['sheets', 'accepted', 'pending', 'refused', 'duplicates', 'waiting'].map((k) => [k, figure(k).textContent]));

async function openPanel() {
  const user = userEvent.setup();
  render(<OperatorApp />);
  await screen.findByTestId('paper-field');
  await user.keyboard('{F10}');
  await screen.findByTestId('scan-panel');
  return user;
}

describe('«Đọc phiếu đã quét» (F10)', () => {
  it('watches the folder given with Enter, fills its figures batch by batch, names every page not counted, and stops', async () => {
    const folder = t.file('may-quet');
    mkdirSync(folder);
    const user = await openPanel();
    expect(screen.getByTestId('scan-folder')).toHaveFocus();
    expect(screen.getByTestId('scan-no-review')).toHaveTextContent('Không có phiếu nào chờ Ban kiểm phiếu.');
    expect(screen.getByText('Chưa có trang nào bị từ chối.')).toBeInTheDocument();
    await user.keyboard(`${folder}{Enter}`);
    expect(await screen.findByTestId('scan-watching')).toHaveTextContent(`Đang theo dõi ${folder} · lượt 1`);
    expect(screen.getByTestId('scan-folder')).toBeDisabled();
    expect(screen.queryByTestId('scan-once')).not.toBeInTheDocument(); // the watch reads all that lands
    const started = (await t.engine.call('papers:watching', {}))!;
    expect(started).toMatchObject({ ballotId, pass: 1, folder, files: 0 });
    expect(figures()).toEqual({ sheets: '0', accepted: '0', pending: '0', refused: '0', duplicates: '0', waiting: '0' });

    const first = page(1, { 1: 'struck', 2: 'struck', 3: 'struck' });
    const afterOne = await tellBatch([first, page(1, { 4: 'struck', 5: 'struck', 6: ['short-line'] })], started);
    await waitFor(() => expect(figure('sheets')).toHaveTextContent('2'));
    expect(figures()).toEqual({ sheets: '2', accepted: '1', pending: '1', refused: '0', duplicates: '0', waiting: '0' });
    expect(await screen.findByTestId('scan-review-open')).toHaveTextContent('Xem 1 phiếu nghi');
    expect(screen.getByTestId('scan-figures').querySelector('.fig-pending')).toHaveClass('alert');
    // the paper entry of pass 1 goes on after the scanned papers, the one waiting for the board too
    await waitFor(() => expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Phiếu số 3'));

    // the next batch: a damaged page, the first paper fed again, a paper read alone
    await tellBatch(
      [
        { file: 'quet-0003.pdf', page: 2, refusal: { key: 'scan.damaged', params: {} } },
        first,
        page(1, { 7: 'struck', 8: 'struck', 9: 'struck' }),
      ],
      afterOne,
    );
    await waitFor(() => expect(figure('sheets')).toHaveTextContent('5'));
    expect(figures()).toEqual({ sheets: '5', accepted: '2', pending: '1', refused: '1', duplicates: '1', waiting: '0' });
    const lines = within(screen.getByTestId('scan-refused')).getAllByRole('listitem');
    expect(lines.map((l) => [l.getAttribute('data-file'), l.className])).toEqual([
      [first.file, 'duplicate'],
      ['quet-0003.pdf', 'refused'],
    ]);
    expect(lines[0]).toHaveTextContent(`Trang 1 của tệp ${first.file} đã được quét rồi (phiếu số 1, tệp ${first.file} trang 1)`);
    expect(lines[1]).toHaveTextContent('Trang 2 của tệp quet-0003.pdf bị hỏng, không đọc được ảnh.');
    // each line says its file once, in its reason (not «quet-0003.pdf, trang 2 Trang 2 của tệp quet-0003.pdf…»)
    expect(lines[1]!.textContent!.split('quet-0003.pdf')).toHaveLength(2);
    // the entry screen under the panel says the watch runs, with what it has recorded
    expect(screen.getByTestId('scan-entry-watching')).toHaveTextContent('Phiếu đã ghi: 2');
    await waitFor(() => expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Phiếu số 4'));
    expect(screen.getByTestId('paper-entry')).toHaveTextContent('Đã nhập 2 phiếu ở lượt 1');

    await user.click(screen.getByTestId('scan-unwatch'));
    await waitFor(() => expect(screen.queryByTestId('scan-watching')).not.toBeInTheDocument());
    expect(screen.getByTestId('scan-watch')).toBeEnabled();
    expect(screen.getByTestId('scan-folder')).toBeEnabled();
    expect(screen.queryByTestId('scan-entry-watching')).not.toBeInTheDocument();
    expect(await t.engine.call('papers:watching', {})).toBeNull();
    expect(figure('accepted')).toHaveTextContent('2'); // what was read stays on screen
  });

  it('refuses a folder that is not there, by key and naming it, and starts nothing', async () => {
    const user = await openPanel();
    const missing = t.file('khong-co');
    await user.keyboard(`${missing}{Enter}`);
    expect(await screen.findByTestId('scan-error')).toHaveTextContent(missing);
    expect(screen.queryByTestId('scan-watching')).not.toBeInTheDocument();
    expect(await t.engine.call('papers:watching', {})).toBeNull();
  });

  it('draws the entry screen and the panel without React warnings (duplicate keys)', async () => {
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(' ')));
    try {
      await openPanel();
      await screen.findByTestId('scan-figures');
    } finally {
      spy.mockRestore();
    }
    expect(errors.filter((e) => e.includes('same key'))).toEqual([]);
  });

  it('F1 on the paper entry lists F10 among the screen’s keys', async () => {
    const user = userEvent.setup();
    render(<OperatorApp />);
    await screen.findByTestId('paper-field');
    await user.keyboard('{F1}');
    const dialog = await screen.findByRole('dialog', { name: 'Trợ giúp' });
    const own = within(dialog).getByRole('table', { name: 'Phím của màn hình này' });
    expect(own).toHaveTextContent('F10');
    expect(own).toHaveTextContent('đọc phiếu đã quét');
  });
});
