import type { CommandName } from '../../shared/contract/channels';
import { AppError } from '../../shared/contract/result';
import type { HallNetwork } from '../network/hall-network';
import { ipv4Interfaces } from '../network/interfaces';
import { hallNetworkOf } from '../network/registry';
import type { HandlerHost } from './handler-host';
import type { Handlers } from './handler-table';

type NetworkChannel = Extract<CommandName, `network:${string}`>;

/**
 * The operator's hall-network commands (docs/hall-network.md). The network itself is brought by the
 * host that can listen (main/host/hall-gateway.ts) and found through main/network/registry.ts; where
 * there is none, every command but the list of interfaces answers that it is not available here.
 */
export function createNetworkHandlers(engine: HandlerHost): Pick<Handlers, NetworkChannel> {
  const network = (): HallNetwork => {
    const found = hallNetworkOf(engine);
    if (!found) throw AppError.of('INVALID_INPUT', 'network.unavailable');
    return found;
  };
  return {
    'network:interfaces': () => ipv4Interfaces(),
    'network:start': (i) => network().start(i.address, i.port),
    'network:stop': () => network().stop(),
    'network:state': () => network().state(),
    'network:pairing': () => network().newPairing(),
    'network:approve': (i) => network().approve(i),
    'network:decline': (i) => network().decline(i.requestId),
    'network:revoke': (i) => network().revoke(i.deviceId),
    'network:devices': () => network().devices(),
  };
}
