import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { getInitialAppState, useApp } from '../../renderer/app/app-store';
import { useNetwork } from '../../renderer/features/network/network-store';
import { type RunningHost, startHost } from '../../main/host/server';
import { rememberTurnedOn } from '../../main/network/turned-on';
import { engineBridge } from '../helpers/engine-bridge';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { congressWith } from '../integration/ballots/ballot-setup';
import { unmountThenDispose } from './engine-teardown';

/**
 * The hall network left on before the laptop stopped, that cannot come back on when the host
 * starts again (docs/hall-network.md §8): the real engine and host, the record of it kept in the
 * workspace naming an address this machine no longer has. The top bar and the dialog say so.
 */
let t: TempEngine;
let host: RunningHost;
beforeEach(async () => {
  t = tempEngine();
  await congressWith(t, 2, 0);
  const staticDir = t.file('static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>hall</title>');
  const congressPath = t.engine.context().path;
  rememberTurnedOn(t.engine.workspace.dir, { congressPath, address: '192.0.2.44', port: 4871 });
  host = await startHost({ engine: t.engine, staticDir }); // the host starts as after a restart
  useApp.setState({ ...getInitialAppState(), view: 'checkin' });
  useNetwork.setState({ open: false, state: null, devices: [], interfaces: [] });
  setClient(createClient(engineBridge(t.engine)));
});
afterEach(async () => {
  await host.close();
  await unmountThenDispose(t);
});

describe('the hall network that did not come back on after a restart', () => {
  it('is shown in red in the top bar, and the dialog says where and why', async () => {
    const user = userEvent.setup();
    render(<OperatorApp />);
    const badge = await screen.findByTestId('network-badge');
    await waitFor(() => expect(badge).toHaveTextContent('Mạng hội trường: CHƯA bật lại'));
    await user.click(badge);
    const said = await screen.findByTestId('network-not-resumed');
    expect(said).toHaveTextContent('KHÔNG tự bật lại được trên 192.0.2.44:4871');
    expect(said).toHaveTextContent('Địa chỉ 192.0.2.44 không còn là địa chỉ của máy này');
    expect(screen.getByTestId('network-start')).toBeEnabled();
  });
});
