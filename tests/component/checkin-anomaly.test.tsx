import { act, screen, waitFor, within } from '@testing-library/react';
import type { Caller } from '../../shared/contract/envelope';
import { newRequestId } from '../../shared/contract/envelope';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { checkinCongress, renderCheckin } from './checkin-setup';
import { unmountThenDispose } from './engine-teardown';
import { resetStores } from '../helpers/reset-stores';
import { useAnomalies } from '../../renderer/features/checkin/anomaly-store';
import { vietnamTime } from '../../shared/domain/hall-time';

/**
 * The operator's check-in screen shows a delegate scanned at two desks as «Bất thường», naming both
 * desks and both times, counts the delegate once, and lets the operator acknowledge it. The desks'
 * scans reach the real engine as a paired desk's do (the gateway's caller, a request id).
 */
let t: TempEngine;
beforeEach(async () => {
  t = tempEngine();
  await checkinCongress(t, [
    ['DB001', 'Nguyễn Thị Hằng'],
    ['DB002', 'Trần Văn Đức'],
  ]);
  resetStores(useAnomalies);
});
afterEach(() => unmountThenDispose(t));

const desk = (deviceId: string, deviceName: string): Caller => ({ role: 'checkin-desk', deviceId, deviceName });
const scanAt = (caller: Caller, code: string) =>
  act(() => t.engine.invoke('checkin:scan', { code }, { requestId: newRequestId(), caller }));

describe('check-in screen: a delegate scanned at two desks', () => {
  it('shows «Bất thường» with both desks and times, counts once, and the operator acknowledges it', async () => {
    const { user } = await renderCheckin(2);
    expect(screen.queryByTestId('checkin-anomalies')).toBeNull();

    expect((await scanAt(desk('d-a', 'Bàn cửa A'), 'DB001')).ok).toBe(true);
    const second = await scanAt(desk('d-b', 'Bàn cửa B'), 'DB001');
    expect(second).toMatchObject({ ok: false, error: { code: 'ALREADY_CHECKED_IN' } });

    const panel = await screen.findByTestId('checkin-anomalies');
    expect(panel).toHaveTextContent('Bất thường: 1 đại biểu được quét thẻ ở hai nơi');
    const [anomaly] = await t.engine.call('checkin:anomalies', {});
    const hall = (iso: string) => vietnamTime(iso).slice(11, 16);
    const row = within(panel)
      .getByText(/Nguyễn Thị Hằng/)
      .closest('li')!;
    expect(row).toHaveAttribute('data-code', 'DB001');
    expect(row).toHaveTextContent(
      `đã điểm danh lúc ${hall(anomaly!.firstAt)} tại Bàn cửa A; quét lại lúc ${hall(anomaly!.at)} tại Bàn cửa B`,
    );
    await waitFor(() => expect(screen.getByTestId('count-present')).toHaveTextContent('1'));

    await user.click(within(panel).getByRole('button', { name: 'Đã xem bất thường của Nguyễn Thị Hằng' }));
    await waitFor(() => expect(screen.queryByTestId('checkin-anomalies')).toBeNull());
    expect((await t.engine.call('checkin:anomalies', {}))[0]!.acknowledgedAt).toEqual(expect.any(String));
  });

  it('a repeat at the same desk is that desk’s own refusal, not an anomaly', async () => {
    await renderCheckin(2);
    await scanAt(desk('d-a', 'Bàn cửa A'), 'DB002');
    expect((await scanAt(desk('d-a', 'Bàn cửa A'), 'DB002')).ok).toBe(false);
    expect(await t.engine.call('checkin:anomalies', {})).toEqual([]);
    expect(screen.queryByTestId('checkin-anomalies')).toBeNull();
  });
});
