import { networkInterfaces } from 'node:os';
import type { z } from 'zod';
import type { networkInterfaceSchema } from '../../shared/contract/network-schemas';

export type NetworkInterface = z.output<typeof networkInterfaceSchema>;

/** This machine's IPv4 interfaces, the hall's first (loopback last: useful only for a trial on the laptop). */
export function ipv4Interfaces(): NetworkInterface[] {
  const out: NetworkInterface[] = [];
  for (const [name, addresses] of Object.entries(networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4') out.push({ name, address: a.address, internal: a.internal });
  }
  return out.sort((a, b) => Number(a.internal) - Number(b.internal));
}

/**
 * Whether the hall network may listen on `address`: one of the listed interfaces, or an address of
 * the loopback network (127.0.0.0/8 is all this machine's, though only 127.0.0.1 is listed). Never
 * 0.0.0.0: listening on every interface at once would open the laptop to networks nobody chose.
 */
export function mayListenOn(address: string): boolean {
  if (address.startsWith('127.')) return true;
  return ipv4Interfaces().some((i) => i.address === address);
}
