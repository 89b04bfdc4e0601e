import type { HallNetwork } from './hall-network';

/**
 * Which hall network belongs to which engine. The gateway's host makes it (it brings the listening
 * half, main/host/hall-gateway.ts) and the engine's network:* commands find it here; an engine run
 * without one (the CLI; the desktop app for now) answers that the hall network is not available.
 */
const networks = new WeakMap<object, HallNetwork>();

export function attachHallNetwork(engine: object, network: HallNetwork): void {
  networks.set(engine, network);
}

export function detachHallNetwork(engine: object, network: HallNetwork): void {
  if (networks.get(engine) === network) networks.delete(engine);
}

export function hallNetworkOf(engine: object): HallNetwork | undefined {
  return networks.get(engine);
}
