import { rmSync } from 'node:fs';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { useApp } from '../../renderer/app/app-store';
import { useLocale } from '../../renderer/i18n/i18n';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { engineBridge } from '../helpers/engine-bridge';
import { unmountThenDispose } from './engine-teardown';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { resetStores } from '../helpers/reset-stores';

/** The congress file deleted under the running app: the operator is told, and goes on in the emergency copy. */
let t: TempEngine;

beforeEach(() => {
  t = tempEngine();
  resetStores(useApp);
  useLocale.setState({ locale: 'vi' });
  setClient(createClient(engineBridge(t.engine)));
});
afterEach(() => unmountThenDispose(t));

describe('the congress file taken away under the operator', () => {
  it('a scan after the file was deleted shows what happened and where everything is; one button opens the emergency copy and check-in goes on', async () => {
    const path = t.file('phuong.congress');
    t.engine.openDemo(path);
    const [first, second] = (await t.engine.call('delegates:list', {})).filter((d) => d.status === 'official');
    await t.engine.call('checkin:scan', { code: first!.code });
    const user = userEvent.setup();
    render(<OperatorApp />);
    await act(() => useApp.getState().refresh());
    rmSync(path);
    const field = await screen.findByRole('textbox', { name: /Quét|mã/i });
    await user.type(field, `${second!.code}{Enter}`);
    const dialog = await screen.findByRole('alertdialog', { name: 'Tệp đại hội không còn nguyên chỗ cũ' });
    expect(dialog).toHaveTextContent(`Tệp «${path}» đã bị xóa hoặc bị chuyển đi nơi khác`);
    expect(dialog).toHaveTextContent('Ứng dụng đã ngừng ghi');
    const copy = t.engine.state().fileLost!.emergencyCopy!;
    expect(dialog).toHaveTextContent(`bản khẩn cấp: ${copy}`);
    await user.click(screen.getByRole('button', { name: 'Mở bản khẩn cấp và làm tiếp' }));
    await screen.findByRole('textbox', { name: /Quét|mã/i });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(t.engine.state().congress?.path).toBe(copy);
    expect((await t.engine.call('attendance:summary', {})).present).toBe(1);
    await t.engine.call('checkin:scan', { code: second!.code });
    expect((await t.engine.call('attendance:summary', {})).present).toBe(2);
  });
});
