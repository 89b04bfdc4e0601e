/**
 * What an export produced, said in the panel: the papers' layout note by its key, and «In» beside
 * the PDFs a person prints, opening the host's /printable/<sha256>.pdf
 * (renderer/features/exports/export-dialog.tsx, print-export.ts).
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { join } from 'node:path';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { useExports } from '../../renderer/features/exports/exports-store';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { unmountThenDispose } from './engine-teardown';
import { countedCongress, pointAppAt } from './export-panel-setup';
import { jobWait } from '../helpers/job-wait';

let t: TempEngine;

beforeEach(async () => {
  t = tempEngine();
  await countedCongress(t);
  await pointAppAt(t);
});
afterEach(() => {
  vi.restoreAllMocks();
  return unmountThenDispose(t);
});

async function exportFromPanel(kind: string, choose?: (dialog: HTMLElement, user: ReturnType<typeof userEvent.setup>) => Promise<void>) {
  const user = userEvent.setup();
  render(<OperatorApp />);
  await user.keyboard('{Control>}e{/Control}');
  const dialog = await screen.findByRole('dialog', { name: 'Xuất tài liệu' });
  await user.selectOptions(within(dialog).getByLabelText('Tài liệu'), kind);
  await choose?.(dialog, user);
  await user.type(within(dialog).getByLabelText('Thư mục lưu'), join(t.dir, 'ra'));
  await user.click(within(dialog).getByRole('button', { name: 'Xuất' }));
  const status = await within(dialog).findByRole('status', {}, jobWait);
  return { user, status };
}

describe('what an export produced', () => {
  it('says the ballot papers’ layout, from the note’s key', async () => {
    const { status } = await exportFromPanel('Phiếu hiệp thương / phiếu bầu', async (dialog, user) => {
      await user.selectOptions(within(dialog).getByLabelText('Số phiếu trên một trang A4'), '2');
    });
    expect(within(status).getByTestId('export-note')).toHaveTextContent('2 phiếu/trang');
  });

  it('offers «In» for the cards’ PDF and opens it from the host', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue({ opener: window } as unknown as Window);
    const { user, status } = await exportFromPanel('Thẻ đại biểu');
    const [file] = useExports.getState().files;
    await user.click(within(status).getByRole('button', { name: 'In' }));
    expect(open).toHaveBeenCalledWith(`/printable/${file!.sha256}.pdf`, '_blank');
  });

  it('offers no «In» for a workbook', async () => {
    const { status } = await exportFromPanel('Bảng kết quả kiểm phiếu');
    expect(within(status).queryByRole('button', { name: 'In' })).toBeNull();
  });
});
