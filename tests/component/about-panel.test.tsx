import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { useApp } from '../../renderer/app/app-store';
import { useLocale } from '../../renderer/i18n/i18n';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { SCHEMA_VERSION } from '../../main/db/migrations/index';
import { engineBridge } from '../helpers/engine-bridge';
import { unmountThenDispose } from './engine-teardown';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { resetStores } from '../helpers/reset-stores';

/** F1 ▸ Giới thiệu: the app's version (package.json) and the open file's schema, from 'app:state'. */
const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };

let t: TempEngine;

beforeEach(() => {
  t = tempEngine();
  resetStores(useApp);
  useLocale.setState({ locale: 'vi' });
  setClient(createClient(engineBridge(t.engine)));
});
afterEach(() => unmountThenDispose(t));

async function openAbout() {
  const user = userEvent.setup();
  render(<OperatorApp />);
  await act(() => useApp.getState().refresh()); // 'app:state', as the app asks on start
  await user.keyboard('{F1}');
  return screen.findByRole('region', { name: /Giới thiệu|About/ });
}

describe('About (F1)', () => {
  it('shows the app version and the open congress file’s schema version, in Vietnamese', async () => {
    await t.engine.call('congress:create', { name: 'Đại hội thử nghiệm', path: t.file('c.congress') });
    const about = await openAbout();
    expect(about).toHaveTextContent(`Congress Desk ${version}`);
    expect(about).toHaveTextContent(`Cấu trúc dữ liệu tệp đại hộiphiên bản ${SCHEMA_VERSION}`);
    expect(about).toHaveTextContent(`Tệp đang mởcấu trúc phiên bản ${SCHEMA_VERSION}`);
    expect(about).toHaveTextContent('không tự cập nhật');
  });

  it('says so when no congress is open, and speaks English when asked', async () => {
    useLocale.setState({ locale: 'en' });
    const about = await openAbout();
    expect(within(about).getByText('no congress open')).toBeInTheDocument();
    expect(about).toHaveTextContent('Congress file structure');
    expect(about).toHaveTextContent(`version ${SCHEMA_VERSION}`);
  });
});
