import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { useApp } from '../../renderer/app/app-store';
import { useExports } from '../../renderer/features/exports/exports-store';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { unmountThenDispose } from './engine-teardown';
import { countedCongress, pointAppAt } from './export-panel-setup';
import { jobWait } from '../helpers/job-wait';
import { errorText } from '../helpers/error-text';

let t: TempEngine;

beforeEach(async () => {
  t = tempEngine();
  await countedCongress(t);
  await pointAppAt(t);
});
afterEach(() => unmountThenDispose(t));

describe('export panel (Tệp ▸ Xuất tài liệu)', () => {
  it('opens from the File menu, exports the minutes of the chosen ballot, shows progress then the file', async () => {
    const user = userEvent.setup();
    render(<OperatorApp />);
    await user.click(screen.getByRole('button', { name: /Tệp/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Xuất tài liệu… (Ctrl+E)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Xuất tài liệu' });
    expect(within(dialog).getByLabelText('Tài liệu')).toHaveFocus();
    await waitFor(() => expect(within(dialog).getByLabelText('Cuộc bầu')).toHaveDisplayValue(/Hiệp thương cử Ủy ban MTTQ/));
    await user.selectOptions(within(dialog).getByLabelText('Định dạng'), '.pdf');
    const out = join(t.dir, 'ui-out');
    await user.type(within(dialog).getByLabelText('Thư mục lưu'), out);
    const seen: string[] = [];
    const stop = useExports.subscribe((s) => s.progress && seen.push(s.progress.label));
    await user.click(within(dialog).getByRole('button', { name: 'Xuất' }));
    const status = await within(dialog).findByRole('status', {}, jobWait);
    stop();
    expect(status).toHaveTextContent('Đã xuất 1 tệp:');
    const path = within(status).getByText(/Bien-ban-kiem-phieu-1-.*\.pdf$/).textContent!;
    expect(existsSync(path)).toBe(true);
    expect(seen).toContain('Đang dựng biên bản kiểm phiếu');
  });

  it('saves the document details once, and a refused export says why in Vietnamese', async () => {
    const user = userEvent.setup();
    render(<OperatorApp />);
    await user.keyboard('{Control>}e{/Control}'); // Ctrl+E from any screen
    const dialog = await screen.findByRole('dialog', { name: 'Xuất tài liệu' });
    await user.click(within(dialog).getByText('Thông tin văn bản (nhập một lần)'));
    const place = within(dialog).getByLabelText('Địa danh (dòng «…, ngày … tháng … năm …»)');
    expect(place).toHaveValue('Ba Đình');
    await user.clear(place);
    await user.type(place, 'Hà Nội');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu thông tin văn bản' }));
    await waitFor(async () => expect((await t.engine.call('exports:settings', {})).place).toBe('Hà Nội'));

    await user.selectOptions(within(dialog).getByLabelText('Tài liệu'), 'Thẻ đại biểu');
    await user.click(within(dialog).getByLabelText('Chỉ in thẻ cho đại biểu chưa có thẻ'));
    await user.type(within(dialog).getByLabelText('Thư mục lưu'), '/sys');
    await user.click(within(dialog).getByRole('button', { name: 'Xuất' }));
    await waitFor(() => {
      const notice = useApp.getState().notice;
      expect(notice?.kind === 'error' ? (notice.error ? errorText(notice.error) : '') : '').toMatch(
        /^Không ghi được «\/sys\/The-dai-bieu-bo-sung\.pdf»: không được phép ghi vào thư mục «\/sys»/,
      );
    }, jobWait);
  });
});
