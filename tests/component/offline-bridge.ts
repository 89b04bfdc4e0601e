import type { CongressBridge } from '../../shared/contract/bridge';
import { connectionLost } from '../../shared/contract/envelope';
import type { LinkedBridge, StreamSign } from '../../renderer/client/link';

export interface FaultyBridge {
  bridge: LinkedBridge;
  /** Calls stop reaching the engine (the host stopped, the cable pulled). */
  cut(): void;
  /** Calls reach the engine again; `stream` says the event stream reopened too (the host is back). */
  restore(stream?: boolean): void;
  /** The next `n` calls reach the engine and run, but their answers are lost on the way back. */
  dropAnswers(n: number): void;
  /** What the event stream reports (the browser host's WebSocket). */
  stream(sign: StreamSign): void;
  /** The calls that reached the engine, in order, with their request ids. */
  reached: { channel: string; input: unknown; requestId: string | undefined }[];
}

/**
 * A fault injector on the transport, in front of a real engine (tests/helpers/engine-bridge.ts): it
 * drops calls or their answers as a lost link does, and answers what the browser bridge answers then
 * (shared/contract/envelope.ts, connectionLost). The engine itself is never imitated.
 */
export function faultyBridge(inner: CongressBridge): FaultyBridge {
  let cut = false;
  let dropping = 0;
  const streams = new Set<(sign: StreamSign) => void>();
  const lost = () => ({ ok: false as const, error: connectionLost('link.noAnswer', { cause: 'test: link cut' }) });
  const faulty: FaultyBridge = {
    reached: [],
    cut: () => {
      cut = true;
    },
    restore(stream = false) {
      cut = false;
      if (stream) faulty.stream('open');
    },
    dropAnswers: (n) => {
      dropping = n;
    },
    stream: (sign) => {
      for (const l of streams) l(sign);
    },
    bridge: {
      async invoke(channel, input, meta) {
        if (cut) return lost();
        faulty.reached.push({ channel, input, requestId: meta?.requestId });
        const answer = await inner.invoke(channel, input, meta);
        if (dropping > 0) {
          dropping--;
          return lost();
        }
        return answer;
      },
      subscribe: (listener) => inner.subscribe(listener),
      onStream(listener) {
        streams.add(listener);
        return () => streams.delete(listener);
      },
    },
  };
  return faulty;
}
