import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { newRequestId, type StreamMessage } from '../../../shared/contract/envelope';
import type { HallDevice, NetworkState } from '../../../shared/contract/network-schemas';
import { type RunningHost, startHost } from '../../../main/host/server';
import { rawRequest } from '../../helpers/test-host';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { officialDelegate } from '../ballots/ballot-setup';
import { hallClient } from './hall-client';

/** The "interface" the hall network listens on in the tests: a loopback address other than 127.0.0.1. */
export const HALL = '127.0.0.2';
/** Another machine in the hall: the devices connect from it, and a stranger's forged gateway listens on it. */
export const OTHER = '127.0.0.3';
export const DEVICE = OTHER;

export interface Hall {
  t: TempEngine;
  host: RunningHost;
  /** A command of the operator, through the loopback host (real HTTP). */
  op<T = unknown>(
    channel: string,
    input?: unknown,
  ): Promise<{ status: number; ok: boolean; value: T; error?: { code: string; key?: string } }>;
  /** The operator's event stream on the loopback host. */
  operatorEvents(): Promise<{ ws: WebSocket; got: StreamMessage[] }>;
  start(): Promise<NetworkState>;
  client(state: NetworkState): ReturnType<typeof hallClient>;
  /** Pairs a device: a pairing code, the device asks, the operator approves with `role`; its credential. */
  pair(state: NetworkState, name: string, role: HallDevice['role']): Promise<{ credential: string; device: HallDevice }>;
}

export async function openHall(delegates = 3): Promise<Hall> {
  const t = tempEngine();
  const staticDir = t.file('static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>hall</title>');
  await t.engine.call('congress:create', { name: 'Đại hội mạng hội trường', path: t.file('hall.congress') });
  for (let i = 1; i <= delegates; i++) await t.engine.call('delegates:create', officialDelegate(i));
  const host = await startHost({ engine: t.engine, staticDir });
  const op: Hall['op'] = async (channel, input = {}) => {
    const r = await rawRequest(host.port, `/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-congress-token': host.tokens.operator, 'x-request-id': newRequestId() },
      body: JSON.stringify(input),
    });
    const body = JSON.parse(r.body) as { ok: boolean; value: never; error?: { code: string; key?: string } };
    return { status: r.status, ...body };
  };
  const hall: Hall = {
    t,
    host,
    op,
    async operatorEvents() {
      const ws = new WebSocket(`ws://127.0.0.1:${host.port}/events?token=${host.tokens.operator}`);
      const got: StreamMessage[] = [];
      ws.on('message', (m) => got.push(JSON.parse(String(m)) as StreamMessage));
      await new Promise((r) => ws.once('open', r));
      return { ws, got };
    },
    async start() {
      const started = await op<NetworkState>('network:start', { address: HALL, port: 0 });
      if (!started.ok) throw new Error(JSON.stringify(started.error));
      return started.value;
    },
    client: (state) => hallClient(state.address!, state.port!, state.fingerprint!, DEVICE),
    async pair(state, name, role) {
      const pairing = await op<{ code: string }>('network:pairing');
      const device = hall.client(state);
      const asked = await device.pair(pairing.value.code, name);
      const { requestId, claim } = asked.body.value as { requestId: string; claim: string };
      const approved = await op<HallDevice>('network:approve', { requestId, role });
      if (!approved.ok) throw new Error(JSON.stringify(approved.error));
      const status = await device.status(requestId, claim);
      const value = status.body.value as { status: string; credential: string };
      return { credential: value.credential, device: approved.value };
    },
  };
  return hall;
}

export async function closeHall(hall: Hall): Promise<void> {
  await hall.host.close();
  hall.t.dispose();
}

export const settle = (ms = 150) => new Promise((r) => setTimeout(r, ms));
