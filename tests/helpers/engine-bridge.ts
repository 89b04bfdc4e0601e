import type { CongressBridge } from '../../shared/contract/bridge';
import type { Engine } from '../../main/engine/engine';

/**
 * The contract straight into a real engine, in process: component tests exercise the real
 * services and SQLite file, with a structured clone standing in for the IPC/HTTP hop.
 */
export function engineBridge(engine: Engine): CongressBridge {
  return {
    invoke: async (channel, input) => structuredClone(await engine.invoke(channel, structuredClone(input))),
    subscribe: (listener) => engine.on((name, payload) => listener(name, structuredClone(payload))),
  };
}
