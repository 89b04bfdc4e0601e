import type { Client } from '../client/client';

/** The window's one client, set once at start-up (or by a test with a bridge of its own). */
let current: Client | null = null;

export function setClient(client: Client): void {
  current = client;
}

export function client(): Client {
  if (!current) throw new Error('client not connected');
  return current;
}
