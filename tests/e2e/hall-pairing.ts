/**
 * The hall network for the e2e tests (docs/hall-network.md): the operator's commands through the
 * loopback host, and a device's own browser pairing by the QR link (it accepts the laptop's
 * self-signed certificate, as a user does after comparing the fingerprint, §4) and approved with a role.
 */
import type { Browser, Page } from 'playwright-core';
import { newRequestId } from '../../shared/contract/envelope';
import type { NetworkState, StationAssignment } from '../../shared/contract/network-schemas';
import type { RunningHost } from '../../main/host/server';
import { rawRequest } from '../helpers/test-host';
import { expectText } from './wait';

/** The hall's "interface" in the tests: a loopback address other than 127.0.0.1. */
export const HALL = '127.0.0.2';

/** What pairing needs of an app: its loopback host (in this process, harness.ts, or another one, laptop-host.ts) and Chromium. */
export interface HallApp {
  host: Pick<RunningHost, 'port' | 'tokens'>;
  browser: Browser;
}

export function operatorCommands(app: Pick<HallApp, 'host'>) {
  return async function op<T>(channel: string, input: unknown = {}): Promise<T> {
    const r = await rawRequest(app.host.port, `/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-congress-token': app.host.tokens.operator, 'x-request-id': newRequestId() },
      body: JSON.stringify(input),
    });
    const answer = JSON.parse(r.body) as { ok: boolean; value: T; error?: unknown };
    if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`);
    return answer.value;
  };
}

/** A device's browser pairs by the QR link and is approved with `role`; resolves once its screen shows `shown`. */
export async function pairInBrowser(
  app: HallApp,
  name: string,
  role: string,
  options: { assignment?: StationAssignment; shown?: string } = {},
): Promise<Page> {
  const op = operatorCommands(app);
  const pairing = await op<{ qrText: string }>('network:pairing');
  const context = await app.browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[${name} page error]`, e.message));
  await page.goto(pairing.qrText);
  await page.getByTestId('pair-name').fill(name);
  await page.getByTestId('pair-send').click();
  await expectText(page.getByTestId('pair-waiting'), name);
  const state = await op<NetworkState>('network:state');
  const request = state.requests.find((r) => r.deviceName === name)!;
  await op('network:approve', { requestId: request.id, role, ...(options.assignment ? { assignment: options.assignment } : {}) });
  await page.getByTestId(options.shown ?? 'device-name').waitFor();
  return page;
}
