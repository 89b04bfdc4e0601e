import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { getInitialAppState, useApp } from '../../renderer/app/app-store';
import { useLocale } from '../../renderer/i18n/i18n';
import { engineBridge } from '../helpers/engine-bridge';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { unmountThenDispose } from './engine-teardown';

// The congress's dates read and are typed dd/mm/yyyy, not in the browser's own order (mm/dd/yyyy).
let t: TempEngine;

beforeEach(async () => {
  t = tempEngine();
  await t.engine.call('congress:create', { name: 'Đại hội thử nghiệm', path: t.file('c.congress') });
  await t.engine.call('congress:update', { startDate: '2026-12-15' });
  useApp.setState({ ...getInitialAppState(), view: 'setup' });
  useLocale.setState({ locale: 'vi' });
  setClient(createClient(engineBridge(t.engine)));
});
afterEach(() => unmountThenDispose(t));

const settings = () => t.engine.state().congress?.settings;

describe('the congress dates', () => {
  it('shows the start date as 15/12/2026 and saves a day typed as dd/mm/yyyy, days ahead included', async () => {
    const user = userEvent.setup();
    render(<OperatorApp />);
    const start = await screen.findByLabelText('Ngày bắt đầu');
    expect(start).toHaveValue('15/12/2026');
    const end = screen.getByLabelText('Ngày kết thúc');
    await user.type(end, '17122030');
    expect(end).toHaveValue('17/12/2030');
    await user.clear(start);
    await user.type(start, '16/12/2030');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(settings()).toMatchObject({ startDate: '2030-12-16', endDate: '2030-12-17' }));
  });

  it('refuses a day that does not exist, and says how to type it', async () => {
    const user = userEvent.setup();
    render(<OperatorApp />);
    const end = await screen.findByLabelText('Ngày kết thúc');
    await user.type(end, '31/02/2026');
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Ngày phải dạng ngày/tháng/năm, ví dụ 15/12/2026')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(settings()?.endDate).toBeNull();
  });
});
