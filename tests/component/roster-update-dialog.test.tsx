import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { getInitialAppState, useApp } from '../../renderer/app/app-store';
import { useRoster } from '../../renderer/features/roster/roster-store';
import { engineBridge } from '../helpers/engine-bridge';
import { resetStores } from '../helpers/reset-stores';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { CORRECTED, correctedRoster, firstRoster } from '../integration/engine/roster-update-files';
import { unmountThenDispose } from './engine-teardown';

let t: TempEngine;

beforeEach(async () => {
  t = tempEngine();
  await t.engine.call('congress:create', { name: 'Cập nhật danh sách', path: t.file('u.congress') });
  await t.engine.call('roster:import', await firstRoster());
  resetStores(useRoster);
  const info = await t.engine.call('app:state', {});
  useApp.setState({ ...getInitialAppState(), view: 'roster', loaded: true, app: info, congress: info.congress });
  setClient(createClient(engineBridge(t.engine)));
});
afterEach(() => unmountThenDispose(t));

const asUpload = async (rows = CORRECTED) => {
  const { fileName, contentBase64 } = await correctedRoster(rows);
  return new File([Buffer.from(contentBase64, 'base64')], fileName, {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
};

async function openUpdate() {
  const user = userEvent.setup();
  render(<OperatorApp />);
  await user.click(await screen.findByRole('button', { name: 'Nhập từ Excel / CSV…' }));
  const dialog = screen.getByRole('dialog', { name: 'Nhập danh sách đại biểu' });
  await user.click(within(dialog).getByRole('radio', { name: 'Cập nhật danh sách (theo mã đại biểu)' }));
  return { user, dialog };
}

const names = async () => (await t.engine.call('delegates:list', {})).map((d) => d.fullName);

describe('roster import dialog, update mode', () => {
  it('shows the changes before anything is written, and Enter applies them', async () => {
    const { user, dialog } = await openUpdate();
    await user.upload(within(dialog).getByTestId('roster-file'), await asUpload());
    const summary = await within(dialog).findByTestId('roster-changes-summary');
    expect(summary).toHaveTextContent('Thêm 2 · Cập nhật 2 (Họ và tên, Đơn vị) · Không đổi 2 · Không có trong tệp 1');
    const rows = within(within(dialog).getByTestId('roster-changes')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'DB001Nguyễn Văn AnHọ và tênNguyen Van An → Nguyễn Văn An',
      'DB002Trần Thị BìnhĐơn vịTổ dân phố 3 → Tổ dân phố 5',
    ]);
    const missing = within(dialog).getByTestId('roster-not-in-file');
    expect(missing).toHaveTextContent('DB005Hoàng Văn Em');
    expect(missing).toHaveTextContent('KHÔNG bị xóa');
    expect(await names()).toContain('Nguyen Van An'); // a preview writes nothing

    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await names()).toEqual([
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Lê Văn Cường',
      'Phạm Thị Dung',
      'Hoàng Văn Em',
      'Võ Thị Giang',
      'Đặng Văn Hải',
    ]);
    await waitFor(() => expect(useApp.getState().notice?.text).toBe('Đã cập nhật danh sách: thêm 2, cập nhật 2 đại biểu.'));
  });

  it('a bad row blocks the update: Enter does nothing, Esc closes, nothing is written', async () => {
    const { user, dialog } = await openUpdate();
    const bad = CORRECTED.map((r, i) => (i === 2 ? [2, 'DB002', 'Trần Thị Bình', 'X', 'Tổ dân phố 5'] : r));
    await user.upload(within(dialog).getByTestId('roster-file'), await asUpload(bad));
    await within(dialog).findByText('Tệp còn lỗi: chưa nhập dòng nào.');
    expect(within(dialog).getByRole('button', { name: 'Áp dụng thay đổi (Enter)' })).toBeDisabled();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await t.engine.call('delegates:list', {})).find((d) => d.code === 'DB002')!.unit).toBe('Tổ dân phố 3');
  });
});
