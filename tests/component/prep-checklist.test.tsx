/**
 * «Chuẩn bị đại hội» on the screen a congress opens on: each step ticked from the congress as the
 * engine has it, each a way to its screen, and the list gone once all are done
 * (renderer/features/home/prep-checklist.tsx).
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { join } from 'node:path';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { useApp } from '../../renderer/app/app-store';
import { useCheckin } from '../../renderer/features/checkin/checkin-store';
import { useExports } from '../../renderer/features/exports/exports-store';
import { useLocale } from '../../renderer/i18n/i18n';
import { BLANK_DELEGATE } from '../helpers/blank-delegate';
import { names, settings } from '../helpers/ballot-settings';
import { engineBridge } from '../helpers/engine-bridge';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { step } from '../integration/agenda/agenda-setup';
import { unmountThenDispose } from './engine-teardown';
import { resetStores } from '../helpers/reset-stores';
import { jobWait } from '../helpers/job-wait';

let t: TempEngine;

beforeEach(async () => {
  localStorage.clear();
  t = tempEngine();
  await t.engine.call('congress:create', { name: 'Đại hội thử nghiệm', path: t.file('c.congress') });
  resetStores(useApp, useCheckin, useExports);
  useLocale.setState({ locale: 'vi' });
  setClient(createClient(engineBridge(t.engine)));
});
afterEach(() => {
  useLocale.setState({ locale: 'vi' });
  return unmountThenDispose(t);
});

const checklist = () => screen.findByRole('region', { name: 'Chuẩn bị đại hội' });
const stepDone = (list: HTMLElement, label: string) => within(list).getByRole('button', { name: label }).closest('li')!.dataset.done;

describe('first-run checklist', () => {
  it('ticks the steps from the congress as they are done, and leaves once all are', async () => {
    render(<OperatorApp />);
    const list = await checklist();
    for (const label of [
      'Thông tin đại hội (tên, địa điểm, ngày)',
      'Danh sách đại biểu',
      'Thẻ đại biểu (in thẻ)',
      'Chương trình đại hội',
      'Phiếu bầu (lập danh sách bầu cử)',
    ]) {
      expect(stepDone(list, label)).toBe('false');
    }

    await t.engine.call('delegates:create', { ...BLANK_DELEGATE, code: 'DB001', fullName: 'Nguyễn Văn An', status: 'official' });
    await waitFor(() => expect(stepDone(list, 'Danh sách đại biểu')).toBe('true'));
    await t.engine.call('agenda:addStep', step('Khai mạc'));
    await waitFor(() => expect(stepDone(list, 'Chương trình đại hội')).toBe('true'));
    const ballot = await t.engine.call('ballots:create', settings({ title: 'Bầu Ban Chấp hành' }));
    await t.engine.call('ballots:setCandidates', { id: ballot.id, candidates: names('Nguyễn Văn An') });
    await waitFor(() => expect(stepDone(list, 'Phiếu bầu (lập danh sách bầu cử)')).toBe('true'));
    await t.engine.call('congress:update', { venue: 'Hội trường UBND phường', startDate: '2026-12-15' });
    await waitFor(() => expect(stepDone(list, 'Thông tin đại hội (tên, địa điểm, ngày)')).toBe('true'));

    await useExports.getState().run({ what: 'cards', format: 'pdf', out: join(t.dir, 'the') });
    await waitFor(() => expect(screen.queryByTestId('prep-checklist')).toBeNull(), jobWait);
  });

  it('takes the operator to each step: the roster screen, and the export panel on the cards', async () => {
    const user = userEvent.setup();
    render(<OperatorApp />);
    await user.click(within(await checklist()).getByRole('button', { name: 'Danh sách đại biểu' }));
    expect(useApp.getState().view).toBe('roster');
    useApp.getState().setView('checkin');
    await user.click(within(await checklist()).getByRole('button', { name: 'Thẻ đại biểu (in thẻ)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Xuất tài liệu' });
    expect(within(dialog).getByLabelText('Tài liệu')).toHaveDisplayValue('Thẻ đại biểu');
  });

  it('stays hidden once hidden, and speaks English', async () => {
    useLocale.setState({ locale: 'en' });
    const user = userEvent.setup();
    const { unmount } = render(<OperatorApp />);
    const list = await screen.findByRole('region', { name: 'Preparing the congress' });
    expect(within(list).getByRole('button', { name: 'Delegate roster' })).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: 'Hide this list' }));
    expect(screen.queryByTestId('prep-checklist')).toBeNull();
    unmount();
    render(<OperatorApp />);
    await screen.findByTestId('scan-field');
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('prep-checklist')).toBeNull();
  });
});
