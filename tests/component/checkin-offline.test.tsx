import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setClient } from '../../renderer/app/client-instance';
import { useApp } from '../../renderer/app/app-store';
import { createClient } from '../../renderer/client/client';
import { useAttendance } from '../../renderer/features/checkin/attendance-store';
import { resetCheckinOutbox } from '../../renderer/features/checkin/checkin-outbox';
import { useCheckin } from '../../renderer/features/checkin/checkin-store';
import { useRoster } from '../../renderer/features/roster/roster-store';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { BLANK_DELEGATE } from '../helpers/blank-delegate';
import { engineBridge } from '../helpers/engine-bridge';
import { resetStores } from '../helpers/reset-stores';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { unmountThenDispose } from './engine-teardown';
import { type FaultyBridge, faultyBridge } from './offline-bridge';

let t: TempEngine;
let link: FaultyBridge;

/** A fresh window on the same engine and device storage: what F5 gives (the outbox forgotten in memory, kept on disk). */
function openWindow() {
  resetCheckinOutbox();
  resetStores(useApp, useCheckin, useAttendance, useRoster);
  link = faultyBridge(engineBridge(t.engine));
  setClient(createClient(link.bridge, { retryDelayMs: 5 }));
}

beforeEach(async () => {
  localStorage.clear();
  t = tempEngine();
  await t.engine.call('congress:create', { name: 'Đại hội thử nghiệm', path: t.file('c.congress') });
  for (const [code, fullName] of [
    ['DB001', 'Nguyễn Thị Hằng'],
    ['DB002', 'Trần Văn Đức'],
    ['DB003', 'Lê Văn Dũng'],
  ]) {
    await t.engine.call('delegates:create', { ...BLANK_DELEGATE, code: code!, fullName: fullName!, group: 'Tổ 1', status: 'official' });
  }
  openWindow();
});
afterEach(() => {
  resetCheckinOutbox();
  unmountThenDispose(t);
});

async function renderCheckin() {
  const user = userEvent.setup();
  render(<OperatorApp />);
  const field = await screen.findByTestId('scan-field');
  await waitFor(() => expect(screen.getByTestId('count-summoned')).toHaveTextContent('3'));
  return { user, field };
}

const row = (code: string) => document.querySelector(`.checkin-row[data-code="${code}"]`) as HTMLElement;
const present = async () => (await t.engine.call('attendance:list', {})).filter((r) => r.state === 'present');
/** How many times the engine checked each delegate in: its events, not what the screen says. */
const checkIns = () =>
  t.events
    .filter((e) => e.name === 'attendance:changed')
    .flatMap((e) => (e.payload as { records: { delegateId: number; state: string }[] }).records)
    .filter((r) => r.state === 'present').length;

describe('check-in while the engine cannot be reached', () => {
  it('keeps the scan, says the link is lost at once, lists it «Chờ gửi» and checks in exactly once when it returns', async () => {
    const { user, field } = await renderCheckin();
    act(() => link.cut());
    await user.type(field, 'DB002{Enter}');

    const banner = await screen.findByTestId('connection-banner');
    expect(banner).toHaveAttribute('data-state', 'offline');
    expect(banner).toHaveTextContent('Mất kết nối tới máy chủ — các lượt điểm danh được giữ lại và sẽ gửi khi có kết nối');
    await waitFor(() => expect(screen.getByTestId('feedback')).toHaveTextContent('Đã giữ lại — chờ gửi'));
    expect(screen.getByTestId('feedback')).toHaveTextContent('Trần Văn Đức');
    expect(row('DB002')).toHaveTextContent('Chờ gửi');
    expect(within(screen.getByTestId('checkin-outbox')).getByText(/DB002/)).toBeInTheDocument();
    expect(field).toHaveValue('');
    expect(await present()).toHaveLength(0);
    // Not reported as a failed command: it is not one, it waits.
    expect(document.querySelector('.notice-error:not(.connection-banner)')).toBeNull();

    act(() => link.restore(true));
    await waitFor(() => expect(screen.getByTestId('count-present')).toHaveTextContent('1'));
    await waitFor(() => expect(screen.getByTestId('feedback')).toHaveClass('feedback-ok'));
    expect(screen.queryByTestId('checkin-outbox')).toBeNull();
    expect(screen.queryByTestId('connection-banner')).toBeNull();
    expect(row('DB002')).toHaveTextContent('Có mặt');
    expect(checkIns()).toBe(1);
    expect(localStorage.length).toBe(0);
  });

  it('resends under the first request id when the answers were lost after the engine ran it: checked in once, never «already»', async () => {
    const { user, field } = await renderCheckin();
    // The first try and the client's own retry both run into a lost answer; the outbox sends it a third time.
    link.dropAnswers(2);
    await user.type(field, 'DB001{Enter}');
    await waitFor(() => expect(screen.getByTestId('feedback')).toHaveTextContent('Đã giữ lại — chờ gửi'));
    act(() => link.restore(true));
    await waitFor(() => expect(screen.getByTestId('feedback')).toHaveClass('feedback-ok'));
    expect(screen.getByTestId('feedback')).toHaveTextContent('Nguyễn Thị Hằng');
    const scans = link.reached.filter((r) => r.channel === 'checkin:scan');
    expect(scans.length).toBeGreaterThanOrEqual(3);
    expect(new Set(scans.map((s) => s.requestId)).size).toBe(1);
    expect(checkIns()).toBe(1);
    expect(screen.queryByTestId('checkin-outbox')).toBeNull();
  });

  it('sends waiting check-ins in order, and keeps the ones the engine then refuses listed with the reason', async () => {
    const { user, field } = await renderCheckin();
    act(() => link.cut());
    await user.type(field, 'DB003{Enter}');
    await user.type(field, 'ZZ404{Enter}');
    await user.type(field, 'DB001{Enter}');
    await user.type(field, 'Đức{Enter}'); // the only name match: a check-in by name, kept like a scan
    await waitFor(() => expect(within(screen.getByTestId('checkin-outbox')).getAllByRole('listitem')).toHaveLength(4));
    expect(row('DB002')).toHaveTextContent('Chờ gửi');
    // Meanwhile another desk checked DB001 in.
    await t.engine.call('checkin:scan', { code: 'DB001' });

    act(() => link.restore(true));
    await waitFor(() => expect(screen.getByTestId('count-present')).toHaveTextContent('3'));
    const sent = link.reached.filter((r) => r.channel === 'checkin:scan' || r.channel === 'checkin:mark').map((r) => r.input);
    expect(sent).toEqual([
      expect.objectContaining({ code: 'DB003' }),
      expect.objectContaining({ code: 'ZZ404' }),
      expect.objectContaining({ code: 'DB001' }),
      expect.objectContaining({ delegateId: useRoster.getState().byCode.get('DB002')!.id }),
    ]);
    const outbox = await screen.findByTestId('checkin-outbox');
    await waitFor(() => expect(within(outbox).getAllByRole('listitem')).toHaveLength(2));
    const [unknown, already] = within(outbox).getAllByRole('listitem');
    expect(unknown).toHaveAttribute('data-status', 'refused');
    expect(unknown).toHaveTextContent('ZZ404');
    expect(unknown).toHaveTextContent('Máy chủ không nhận');
    expect(already).toHaveAttribute('data-code', 'DB001');
    expect(already).toHaveTextContent(/đã điểm danh/i);
    // Read, then dismissed: only then is it gone, here and on the device.
    await user.click(within(unknown!).getByRole('button', { name: 'Bỏ khỏi danh sách' }));
    expect(within(screen.getByTestId('checkin-outbox')).getAllByRole('listitem')).toHaveLength(1);
    expect(JSON.parse(localStorage.getItem('congress-desk-outbox:checkin')!)).toHaveLength(1);
  });

  it('keeps the waiting scan across a reload (F5) and sends it once the window is back', async () => {
    const { user, field } = await renderCheckin();
    act(() => link.cut());
    await user.type(field, 'DB002{Enter}');
    await waitFor(() => expect(row('DB002')).toHaveTextContent('Chờ gửi'));
    cleanup();
    openWindow(); // the reload, with the engine reachable again
    await renderCheckin();
    await waitFor(() => expect(screen.getByTestId('count-present')).toHaveTextContent('1'));
    expect(checkIns()).toBe(1);
    expect(localStorage.length).toBe(0);
  });

  it('says «reconnecting» while the event stream reconnects, and «lost» only when reconnecting fails', async () => {
    await renderCheckin();
    act(() => link.stream('dropped'));
    const banner = await screen.findByTestId('connection-banner');
    expect(banner).toHaveAttribute('data-state', 'reconnecting');
    expect(banner).toHaveTextContent('Đang kết nối lại tới máy chủ');
    expect(banner).not.toHaveTextContent(/Mất kết nối|chương trình còn chạy/);
    act(() => link.stream('failed'));
    await waitFor(() => expect(screen.getByTestId('connection-banner')).toHaveAttribute('data-state', 'offline'));
    act(() => link.stream('open'));
    await waitFor(() => expect(screen.queryByTestId('connection-banner')).toBeNull());
  });
});
