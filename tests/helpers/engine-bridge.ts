import type { CongressBridge } from '../../shared/contract/bridge';
import type { Engine } from '../../main/engine/engine';

/**
 * The contract straight into a real engine, in process: component tests exercise the real
 * services and SQLite file, with a structured clone standing in for the IPC/HTTP hop.
 */
export function engineBridge(engine: Engine): CongressBridge {
  return {
    invoke: async (channel, input, meta) =>
      structuredClone(await engine.invoke(channel, structuredClone(input), meta && { requestId: meta.requestId })),
    subscribe: (listener) => engine.on((name, payload, stamp) => listener(name, structuredClone(payload), stamp)),
  };
}
