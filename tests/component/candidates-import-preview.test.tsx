import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { getInitialAppState, useApp } from '../../renderer/app/app-store';
import { CandidatesImport } from '../../renderer/features/ballots/candidates-import';
import { useLocale } from '../../renderer/i18n/i18n';
import { settings } from '../helpers/ballot-settings';
import { engineBridge } from '../helpers/engine-bridge';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { unmountThenDispose } from './engine-teardown';

/**
 * A candidate list is shown before it is imported, as the roster is: the names with their rows, or
 * every bad row with its column and why; Enter imports, a bad file imports nobody.
 */
let t: TempEngine;
let id: number;

beforeEach(async () => {
  t = tempEngine();
  await t.engine.call('congress:create', { name: 'Đại hội thử', path: t.file('c.congress') });
  id = (await t.engine.call('ballots:create', settings({ seats: 2 }))).id;
  useApp.setState({ ...getInitialAppState(), view: 'ballots', loaded: true });
  useLocale.setState({ locale: 'vi' });
  setClient(createClient(engineBridge(t.engine)));
});
afterEach(() => unmountThenDispose(t));

const csv = (text: string, name = 'ds.csv') => new File([`\uFEFF${text}`], name, { type: 'text/csv' });
const listed = async () => (await t.engine.call('ballots:get', { id })).candidates.map((c) => c.name);

async function choose(file: File, title = 'Nhập danh sách người ứng cử') {
  const user = userEvent.setup();
  const ballot = await t.engine.call('ballots:get', { id });
  render(<CandidatesImport ballot={ballot} />);
  await user.upload(screen.getByTestId('candidates-file'), file);
  return { user, dialog: await screen.findByRole('dialog', { name: title }) };
}

describe('candidate list import', () => {
  it('shows the names first and imports them on Enter', async () => {
    const { user, dialog } = await choose(
      csv('STT,Họ và tên,Ngày sinh\n1,Trần Thị Bình,05/03/1975\n2,Lê Văn An,1970\n3,Phạm Văn Cường,\n'),
    );
    expect(within(dialog).getByText('Tệp «ds.csv»: 3 người')).toBeInTheDocument();
    const rows = within(dialog).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['2Trần Thị Bình05/03/1975', '3Lê Văn An1970', '4Phạm Văn Cường']);
    expect(await listed()).toEqual([]); // nothing written by the preview
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await listed()).toEqual(['Lê Văn An', 'Trần Thị Bình', 'Phạm Văn Cường']));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('lists every bad row with its column and imports nobody, Enter or not', async () => {
    const { user, dialog } = await choose(csv('STT,Họ và tên,Ngày sinh\n1,Trần Thị Bình,31/02/1975\n2,,1970\n3,Lê Văn An,1970\n'));
    const problems = within(within(dialog).getByRole('region', { name: /Các dòng lỗi/ }))
      .getAllByRole('row')
      .slice(1);
    expect(problems.map((r) => r.textContent)).toEqual([
      '2Ngày sinh (cột C)Ngày sinh không đọc được: «31/02/1975» (dùng dạng dd/mm/yyyy hoặc năm yyyy)',
      '3Họ và tên (cột B)Thiếu họ và tên',
    ]);
    expect(within(dialog).getByText(/2 dòng lỗi/)).toBeInTheDocument();
    expect(within(dialog).getByTestId('candidates-confirm')).toBeDisabled();
    await user.keyboard('{Enter}');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await listed()).toEqual([]);
  });

  it('words the bad rows in English when the operator works in English', async () => {
    useLocale.setState({ locale: 'en' });
    const { dialog } = await choose(csv('STT,Họ và tên,Ngày sinh\n1,Trần Thị Bình,năm bảy lăm\n'), 'Import the list of candidates');
    expect(within(dialog).getByText('Birth date unreadable: "năm bảy lăm" (use dd/mm/yyyy or a year yyyy)')).toBeInTheDocument();
    expect(within(dialog).getByText('Ngày sinh (column C)')).toBeInTheDocument();
  });
});
