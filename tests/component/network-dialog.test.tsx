import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { NetworkState } from '../../shared/contract/network-schemas';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { getInitialAppState, useApp } from '../../renderer/app/app-store';
import { useNetwork } from '../../renderer/features/network/network-store';
import { type RunningHost, startHost } from '../../main/host/server';
import { engineBridge } from '../helpers/engine-bridge';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { congressWith } from '../integration/ballots/ballot-setup';
import { hallClient } from '../integration/network/hall-client';
import { unmountThenDispose } from './engine-teardown';

/**
 * Mạng hội trường from the operator's screen, against the real engine and the real TLS gateway on
 * loopback: turn it on, show the pairing code, let a device that asked join as a check-in desk, see
 * it, revoke it, turn it off.
 */
let t: TempEngine;
let host: RunningHost;
beforeEach(async () => {
  t = tempEngine();
  await congressWith(t, 3, 0);
  const staticDir = t.file('static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>hall</title>');
  host = await startHost({ engine: t.engine, staticDir }); // the host brings the hall network
  useApp.setState({ ...getInitialAppState(), view: 'checkin' });
  useNetwork.setState({ open: false, state: null, devices: [], interfaces: [] });
  setClient(createClient(engineBridge(t.engine)));
});
afterEach(async () => {
  await t.engine.call('network:stop', {}).catch(() => null);
  await host.close();
  await unmountThenDispose(t);
});

const state = () => t.engine.call('network:state', {}) as Promise<NetworkState>;

describe('the hall network dialog', () => {
  it('turns the network on, pairs a check-in desk, revokes it and turns the network off', async () => {
    const user = userEvent.setup();
    render(<OperatorApp />);
    await user.click(await screen.findByTestId('network-badge'));
    const dialog = await screen.findByRole('dialog', { name: 'Mạng hội trường' });
    expect(dialog).toHaveTextContent('Đang tắt: chỉ máy này dùng được chương trình');
    await waitFor(() => expect(within(dialog).getByTestId('network-interface')).toHaveTextContent('127.0.0.1'));
    await user.selectOptions(within(dialog).getByTestId('network-interface'), '127.0.0.1');
    await user.click(within(dialog).getByTestId('network-start'));
    await waitFor(() => expect(within(dialog).getByTestId('network-on')).toHaveTextContent('Đang bật tại https://127.0.0.1:'));
    expect(screen.getByTestId('network-badge')).toHaveTextContent('Mạng hội trường: BẬT · 127.0.0.1 · 0 thiết bị');

    await user.click(within(dialog).getByTestId('network-pair'));
    const short = await within(dialog).findByTestId('pairing-short');
    const on = await state();
    expect(short).toHaveTextContent(on.pairing!.code);
    await waitFor(() => expect(within(dialog).getByRole('img', { name: 'Mã QR để ghép nối thiết bị' })).toBeInTheDocument());

    // a desk on the hall's Wi-Fi types the short code
    const desk = hallClient(on.address!, on.port!, on.fingerprint!, '127.0.0.3');
    const asked = await desk.pair(on.pairing!.code, 'Bàn cửa số 2');
    expect(asked.status).toBe(200);
    const request = await within(dialog).findByText('Bàn cửa số 2');
    const row = request.closest('tr')!;
    expect(row).toHaveTextContent('127.0.0.3');
    await user.click(within(row as HTMLElement).getByRole('button', { name: 'Cho nối' }));
    const devices = await within(dialog).findByTestId('network-devices');
    expect(devices).toHaveTextContent('Bàn cửa số 2');
    expect(devices).toHaveTextContent('Bàn điểm danh');
    const [device] = await t.engine.call('network:devices', {});
    expect(device).toMatchObject({ name: 'Bàn cửa số 2', role: 'checkin-desk', revokedAt: null });

    const confirm = window.confirm;
    window.confirm = () => true;
    try {
      await user.click(within(devices).getByRole('button', { name: 'Thu hồi' }));
    } finally {
      window.confirm = confirm;
    }
    await waitFor(async () => expect((await t.engine.call('network:devices', {}))[0]!.revokedAt).not.toBeNull());
    await waitFor(() => expect(within(dialog).queryByTestId('network-devices')).toBeNull());

    await user.click(within(dialog).getByTestId('network-stop'));
    await waitFor(async () => expect((await state()).on).toBe(false));
    await waitFor(() => expect(screen.getByTestId('network-badge')).toHaveTextContent(/^Mạng hội trường$/));
  });
});
