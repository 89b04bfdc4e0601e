import { create } from 'zustand';
import type { AppErrorData } from '../../../shared/contract/result';
import { setClient } from '../../app/client-instance';
import { createClient } from '../../client/client';
import { createHttpBridge } from '../../client/http-bridge';
import {
  type Asked,
  askToPair,
  type DeviceSelf,
  forgetCredential,
  keepCredential,
  pairStatus,
  storedCredential,
  whoAmI,
} from './device-link';

/**
 * Where this device's page stands: finding out who it is, pairing, waiting for the operator, or
 * working in its role. `problem`: why pairing is asked again (a refusal by key, declined, expired).
 */
export type DevicePhase =
  | { kind: 'starting'; unreachable: boolean }
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

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const storage = () => window.localStorage;

/** The one client of this page, over the gateway with the device's own credential. */
function connectAs(credential: string, self: DeviceSelf): DevicePhase {
  setClient(createClient(createHttpBridge(credential)));
  return { kind: 'ready', self };
}

export const useDevice = create<DeviceStore>((set, get) => ({
  phase: { kind: 'starting', unreachable: false },
  async start() {
    for (;;) {
      const credential = storedCredential(storage());
      if (!credential) return set({ phase: { kind: 'pairing', problem: null } });
      const me = await whoAmI(credential);
      if (me.ok) return set({ phase: connectAs(credential, me.value) });
      if (me.error) {
        // Revoked, or another congress: this credential will never work again.
        forgetCredential(storage());
        return set({ phase: { kind: 'pairing', problem: me.error } });
      }
      set({ phase: { kind: 'starting', unreachable: true } }); // the laptop's network is off, or out of reach
      await wait(RETRY_START_MS);
    }
  },
  async recheck() {
    const credential = storedCredential(storage());
    if (get().phase.kind !== 'ready' || !credential) return;
    const me = await whoAmI(credential);
    if (me.ok || !me.error) return; // still let in, or the laptop out of reach: the page waits for the link
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
