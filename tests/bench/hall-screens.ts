/**
 * The two laptop screens the hall bench (hall.ts) times a remote check-in on, each an event socket
 * of the loopback host with its own token (main/host/local-tokens.ts), as the real pages open it
 * (renderer/client/http-bridge.ts).
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import type { EventPayload } from '../../shared/contract/channels';
import type { StreamMessage } from '../../shared/contract/envelope';

/** One socket on `/events`; `heard` gets each named event's payload as it arrives. */
async function eventSocket(port: number, token: string, heard: (name: string, payload: unknown) => void): Promise<WebSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/events?token=${token}`);
  ws.on('message', (m) => {
    const message = JSON.parse(String(m)) as StreamMessage;
    if ('name' in message) heard(message.name, message.payload);
  });
  await new Promise((r) => ws.once('open', r));
  return ws;
}

/**
 * The operator's screen: when each delegate's check-in reached it, and the hall's present count
 * that check-in made (its `attendance:changed` carries the session's summary).
 */
export async function operatorScreen(port: number, token: string) {
  const waiting = new Map<number, (present: number) => void>();
  const presentAfter = new Map<number, number>();
  const ws = await eventSocket(port, token, (name, payload) => {
    if (name !== 'attendance:changed') return;
    const { records, summary } = payload as EventPayload<'attendance:changed'>;
    for (const r of records) {
      presentAfter.set(r.delegateId, summary.present);
      waiting.get(r.delegateId)?.(summary.present);
    }
  });
  return {
    ws,
    /** Resolves, with the present count it made, once the operator's screen has heard of this check-in. */
    shown: (delegateId: number): Promise<number> => {
      const known = presentAfter.get(delegateId);
      return known !== undefined ? Promise.resolve(known) : new Promise((r) => waiting.set(delegateId, r));
    },
  };
}

/**
 * The projector with the attendance slide on air: the page hears no check-in, only the hall's view
 * in `projector:changed` (renderer/features/projector-control/use-projector-view.ts), redrawn after
 * each one with its present count (main/services/projector-service.ts wallViewAfter). A check-in
 * has reached it once a view counting at least as many present has arrived.
 */
export async function projectorScreen(port: number, token: string) {
  const arrivals: { present: number; at: number }[] = [];
  const waiting = new Set<{ present: number; done: (at: number) => void }>();
  const ws = await eventSocket(port, token, (name, payload) => {
    if (name !== 'projector:changed') return;
    const { view } = payload as EventPayload<'projector:changed'>;
    if (view.slide !== 'attendance' || !view.attendance) return;
    const arrival = { present: view.attendance.present, at: performance.now() };
    arrivals.push(arrival);
    for (const w of waiting) {
      if (arrival.present >= w.present) {
        waiting.delete(w);
        w.done(arrival.at);
      }
    }
  });
  return {
    ws,
    /** The last count shown: a bench whose check-ins never moved it would time nothing. */
    present: () => arrivals.at(-1)?.present ?? 0,
    /** When (performance.now()) the projector first showed `present` or more. */
    shows: (present: number): Promise<number> => {
      const arrived = arrivals.find((a) => a.present >= present);
      return arrived ? Promise.resolve(arrived.at) : new Promise((done) => waiting.add({ present, done }));
    },
  };
}
