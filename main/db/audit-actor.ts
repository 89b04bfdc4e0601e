/**
 * Who the command being run was sent by, for its audit entries (hash rule 3) and for the services
 * (a paper's device). The engine runs each command inside `withCaller`; a command reached outside it
 * (a test calling a service directly, a migration's baseline) has no caller, and its entries say so
 * with a null actor, which rule 3 hashes like any other value.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Caller } from '../../shared/contract/envelope';

const scope = new AsyncLocalStorage<Caller | null>();

export function withCaller<T>(caller: Caller | null, run: () => T): T {
  return scope.run(caller, run);
}

export function currentCaller(): Caller | null {
  return scope.getStore() ?? null;
}

/** The actor as stored in the audit row and hashed by rule 3: canonical JSON, fixed key order. */
export function actorText(caller: Caller | null): string | null {
  return caller === null ? null : JSON.stringify([caller.role, caller.deviceId, caller.deviceName]);
}
