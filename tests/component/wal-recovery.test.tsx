import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { useApp } from '../../renderer/app/app-store';
import { useWalRecovery } from '../../renderer/features/wal-recovery/wal-recovery-store';
import { useLocale } from '../../renderer/i18n/i18n';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { congressWith } from '../integration/ballots/ballot-setup';
import { engineBridge } from '../helpers/engine-bridge';
import { unmountThenDispose } from './engine-teardown';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { resetStores } from '../helpers/reset-stores';

/**
 * A congress whose write-ahead log was damaged after a crash (a real engine in a child process,
 * SIGKILLed, one bit of its log flipped) is opened: the operator window says what was lost, by
 * name, where the evidence is, and offers the latest copy.
 */
let t: TempEngine;
let path: string;
const script = join(import.meta.dirname, '../helpers/damaged-wal-congress.ts');

beforeEach(async () => {
  t = tempEngine();
  resetStores(useApp, useWalRecovery);
  useLocale.setState({ locale: 'vi' });
  setClient(createClient(engineBridge(t.engine)));
  await congressWith(t, 50, 0);
  await t.engine.call('congress:close', {}); // the copy on close: the roster, nobody checked in
  path = t.file('c.congress');
  // 50 check-ins in a child process killed after 40 acknowledgements, then one bit of its log flipped
  execFileSync(process.execPath, ['--import', 'tsx', script, path, t.dir, '50', '40']);
});
afterEach(() => unmountThenDispose(t));

async function openDamaged(title = 'Tệp đã mở, nhưng một phần dữ liệu mới nhất đã bị mất') {
  render(<OperatorApp />);
  await act(() => useApp.getState().refresh());
  await act(() => t.engine.call('congress:open', { path }));
  return screen.findByRole('alertdialog', { name: title });
}

describe('the notice of a damaged write-ahead log', () => {
  it('names the lost check-ins, the evidence folder and the latest copy, and opens that copy', async () => {
    const user = userEvent.setup();
    const dialog = await openDamaged();
    const notice = t.engine.state().congress!.walRecovery!;
    expect(dialog).toHaveTextContent(`${notice.lostTransactions} thao tác đã xác nhận sau thời điểm đó KHÔNG còn trong tệp`);
    const lost = within(dialog)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lost).toHaveLength(notice.lostCommandCount);
    expect(lost[0]).toContain(notice.lostCommands[0]!.text);
    expect(lost[0]).toMatch(/Điểm danh DB\d{3} – Đại Biểu Số \d+/);
    expect(dialog).toHaveTextContent(notice.evidenceFolder);
    expect(dialog).toHaveTextContent('Bản sao lưu gần nhất dùng được');
    expect(dialog).toHaveTextContent('50 đại biểu · 0 điểm danh');

    await user.click(within(dialog).getByRole('button', { name: 'Mở bản sao lưu gần nhất' }));
    expect(useApp.getState().congress?.path).toContain('c (khoi phuc ');
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('stays closed once understood, though every later answer still carries it', async () => {
    const user = userEvent.setup();
    const dialog = await openDamaged();
    await user.click(within(dialog).getByRole('button', { name: 'Đã hiểu, làm lại các thao tác' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await act(() => useApp.getState().refresh());
    expect(useApp.getState().congress?.walRecovery).toBeDefined();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('speaks English when asked', async () => {
    useLocale.setState({ locale: 'en' });
    const dialog = await openDamaged('The file opened, but part of the latest work was lost');
    expect(within(dialog).getAllByRole('listitem')[0]).toHaveTextContent(/Check-in of DB\d{3} – Đại Biểu Số \d+/);
    expect(dialog).toHaveTextContent('acknowledged commands after that point are NOT in the file');
  });
});
