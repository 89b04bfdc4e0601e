import { create } from 'zustand';
import { isConnectionLost } from '../../../shared/contract/envelope';
import type { AppErrorData } from '../../../shared/contract/result';
import { setClient } from '../../app/client-instance';
import { createClient } from '../../client/client';
import { createHttpBridge } from '../../client/http-bridge';
import {
  type Asked,
  askToPair,
  type DeviceSelf,
  forgetCredential,
  isStationPage,
  keepCredential,
  pairStatus,
  RELAYED_CREDENTIAL,
  storedCredential,
  whoAmI,
} from './device-link';

/**
 * Where this device's page stands: finding out who it is, pairing, waiting for the operator, or
 * working in its role. `problem`: why pairing is asked again (a refusal by key, declined, expired).
 */
export type DevicePhase =
  | { kind: 'starting'; unreachable: boolean; problem?: AppErrorData }
  | { kind: 'pairing'; problem: AppErrorData | 'declined' | 'expired' | 'unreachable' | null }
  | { kind: 'waiting'; name: string }
  | { kind: 'ready'; self: DeviceSelf };

export interface DeviceStore {
  phase: DevicePhase;
  start(): Promise<void>;
  pair(code: string, name: string): Promise<void>;
  /** The link faltered: is this credential still let in? A revoked one goes back to pairing, saying why. */
  recheck(): Promise<void>;
}

/** Asked about once a second while the operator decides (docs/hall-network.md §5.2). */
export const STATUS_EVERY_MS = 1000;
const RETRY_START_MS = 2000;
/** While its link is down, a device asks "who am I" this often (device-app.tsx). */
export const RECHECK_OFFLINE_MS = 3000;

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const storage = () => window.localStorage;

/**
 * The credential this page sends: its own, kept in the browser; or, on a station's relay, a stand-in
 * (the relay keeps the real one on the device and answers "who am I" even in a fresh browser).
 */
const credentialNow = () => (isStationPage(window.location) ? RELAYED_CREDENTIAL : storedCredential(storage()));

/**
 * An answer that did not come from the laptop: its relay could not reach it, or refused a forged
 * certificate (main/host/station-relay.ts). The credential is not the problem: it is kept.
 */
const notReached = (error: AppErrorData | null) => error === null || isConnectionLost(error);

/** The one client of this page, over the gateway with the device's own credential. */
function connectAs(credential: string, self: DeviceSelf): DevicePhase {
  setClient(createClient(createHttpBridge(credential)));
  return { kind: 'ready', self };
}

export const useDevice = create<DeviceStore>((set, get) => ({
  phase: { kind: 'starting', unreachable: false },
  async start() {
    for (;;) {
      const credential = credentialNow();
      if (!credential) return set({ phase: { kind: 'pairing', problem: null } });
      const me = await whoAmI(credential);
      if (me.ok) return set({ phase: connectAs(credential, me.value) });
      if (me.error?.key === 'station.notPaired') return set({ phase: { kind: 'pairing', problem: null } });
      if (!notReached(me.error)) {
        // Revoked, or another congress: this credential will never work again.
        forgetCredential(storage());
        return set({ phase: { kind: 'pairing', problem: me.error } });
      }
      // The laptop's network is off, or out of reach; or a station's relay says why (a forged certificate).
      set({ phase: { kind: 'starting', unreachable: true, ...(me.error ? { problem: me.error } : {}) } });
      await wait(RETRY_START_MS);
    }
  },
  async recheck() {
    const credential = credentialNow();
    if (get().phase.kind !== 'ready' || !credential) return;
    const me = await whoAmI(credential);
    if (me.ok || notReached(me.error)) return; // still let in, or the laptop out of reach: the page waits for the link
    forgetCredential(storage());
    set({ phase: { kind: 'pairing', problem: me.error } });
  },
  async pair(code, name) {
    const asked = await askToPair(code.trim(), name.trim());
    if (!asked.ok) return set({ phase: { kind: 'pairing', problem: asked.error ?? 'unreachable' } });
    set({ phase: { kind: 'waiting', name } });
    await waitForDecision(asked.value, set, get);
  },
}));

async function waitForDecision(asked: Asked, set: (s: Partial<DeviceStore>) => void, get: () => DeviceStore): Promise<void> {
  while (get().phase.kind === 'waiting') {
    await wait(STATUS_EVERY_MS);
    const answer = await pairStatus(asked);
    if (!answer.ok) continue; // a dropped link: ask again, the decision waits ten minutes
    const status = answer.value;
    if (status.status === 'pending') continue;
    if (status.status === 'approved') {
      keepCredential(storage(), status.credential);
      return set({ phase: connectAs(status.credential, status.device) });
    }
    return set({ phase: { kind: 'pairing', problem: status.status === 'declined' ? 'declined' : 'expired' } });
  }
}
