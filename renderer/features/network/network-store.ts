import { create } from 'zustand';
import type { CommandInput, CommandName } from '../../../shared/contract/channels';
import type { HallDevice, NetworkState } from '../../../shared/contract/network-schemas';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';

type Interface = { name: string; address: string; internal: boolean };

export interface NetworkStore {
  open: boolean;
  state: NetworkState | null;
  devices: HallDevice[];
  interfaces: Interface[];
  show(): void;
  hide(): void;
  /** Re-reads what the engine says (on opening, and on every `network:changed`). */
  load(): Promise<void>;
  start(address: string): Promise<boolean>;
  stop(): Promise<boolean>;
  newPairing(): Promise<boolean>;
  approve(input: CommandInput<'network:approve'>): Promise<boolean>;
  decline(requestId: string): Promise<boolean>;
  revoke(deviceId: string): Promise<boolean>;
}

/** A network command: an error goes to the notice bar and changes nothing; then everything is re-read. */
async function command<K extends CommandName>(name: K, input: CommandInput<K>): Promise<boolean> {
  const r = await client().call(name, input);
  if (!r.ok) useApp.getState().fail(r.error);
  await useNetwork.getState().load();
  return r.ok;
}

/**
 * Mạng hội trường: the operator's side of the hall network (docs/hall-network.md). Off by default;
 * the state, the pairing code, the requests waiting and every paired device, as the engine has them.
 */
export const useNetwork = create<NetworkStore>((set) => ({
  open: false,
  state: null,
  devices: [],
  interfaces: [],
  show() {
    set({ open: true });
    void useNetwork.getState().load();
  },
  hide: () => set({ open: false }),
  async load() {
    const c = client();
    const [state, devices, interfaces] = await Promise.all([
      c.call('network:state', {}),
      c.call('network:devices', {}),
      c.call('network:interfaces', {}),
    ]);
    set({
      ...(state.ok ? { state: state.value } : {}),
      ...(devices.ok ? { devices: devices.value } : {}),
      ...(interfaces.ok ? { interfaces: interfaces.value } : {}),
    });
  },
  start: (address) => command('network:start', { address }),
  stop: () => command('network:stop', {}),
  newPairing: () => command('network:pairing', {}),
  approve: (input) => command('network:approve', input),
  decline: (requestId) => command('network:decline', { requestId }),
  revoke: (deviceId) => command('network:revoke', { deviceId }),
}));
