import { Agent, request } from 'node:https';
import type { Duplex } from 'node:stream';
import { newRequestId } from '../../../../shared/contract/envelope';
import { pinnedConnect, PinMismatch } from '../../../../main/network/pinned-connection';

export interface DeviceAnswer {
  ok: boolean;
  value?: unknown;
  error?: { code: string; key?: string };
}

export interface DeviceFigures {
  commands: number;
  /** Sends again under the same request id: the link failed (laptop down) or was cut on purpose. */
  retries: number;
  /** Links this device cut itself after sending, before reading the answer. */
  drops: number;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A desk or station that keeps working through a laptop that dies and comes back: each command
 * gets one request id and is sent again under that id until an answer arrives (docs/command-path.md
 * step 6), over a new pinned connection each time, so the pin and the credential are checked on
 * every reconnection. `dropRate`: how often it cuts its own link right after sending (a Wi-Fi blip).
 * A pin that no longer matches is never retried: the laptop's certificate must survive restarts.
 */
export function retryingDevice(
  address: string,
  port: number,
  fingerprint: string,
  credential: string,
  options: { from: string; dropRate: number; rng: () => number; giveUpMs?: number; keepAlive?: boolean },
) {
  const figures: DeviceFigures = { commands: 0, retries: 0, drops: 0 };
  const pinned = () => pinnedConnect(address, port, fingerprint, { localAddress: options.from, timeoutMs: 3000 });
  // keepAlive: one pinned link kept between commands, as a desk's own client would; a new one
  // (pinned again) whenever it breaks. Otherwise a new link per command.
  const agent = options.keepAlive ? keptLink(pinned) : undefined;
  const once = async (path: string, body: string, requestId: string): Promise<DeviceAnswer> => {
    const socket = agent ? undefined : await pinned();
    const drop = options.rng() < options.dropRate;
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: address,
          port,
          path,
          method: 'POST',
          ...(agent ? { agent } : { createConnection: () => socket! }),
          timeout: 10_000,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'x-congress-token': credential,
            'x-request-id': requestId,
          },
        },
        (res) => {
          let data = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (data += c));
          res.on('end', () => {
            socket?.destroy();
            if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode}: ${data}`));
            try {
              resolve(JSON.parse(data) as DeviceAnswer);
            } catch (error) {
              reject(new Error(`HTTP 200 with no JSON (${data.length} bytes)`, { cause: error })); // never retried: a defect
            }
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.on('timeout', () => req.destroy(new Error('no answer in time')));
      req.end(body, () => {
        if (!drop) return;
        figures.drops++;
        req.destroy(new Error('dropped on purpose'));
      });
    });
  };
  return {
    figures,
    credential,
    /** Lets the kept link go. */
    close: () => agent?.destroy(),
    /** One command, under one request id however many times it is sent; its id and answer. */
    async call(channel: string, input: unknown): Promise<{ requestId: string; answer: DeviceAnswer }> {
      const requestId = newRequestId();
      const body = JSON.stringify(input);
      const deadline = Date.now() + (options.giveUpMs ?? 60_000);
      figures.commands++;
      for (let attempt = 0; ; attempt++) {
        if (attempt > 0) figures.retries++;
        try {
          return { requestId, answer: await once(`/api/${channel}`, body, requestId) };
        } catch (error) {
          if (error instanceof PinMismatch) throw error;
          if (/^HTTP (?!5)/.test((error as Error).message)) throw error; // refused by the gateway: not a link failure
          if (Date.now() > deadline)
            throw new Error(`${channel} unanswered for ${options.giveUpMs ?? 60_000} ms: ${String(error)}`, { cause: error });
          await pause(20 + Math.floor(options.rng() * 80));
        }
      }
    },
  };
}

/** An agent keeping one pinned connection alive (Node's Agent waits for an asynchronous createConnection). */
function keptLink(pinned: () => Promise<Duplex>): Agent {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  (agent as unknown as { createConnection: unknown }).createConnection = (_: unknown, done: (e: Error | null, s?: Duplex) => void) => {
    pinned().then(
      (socket) => done(null, socket),
      (error: Error) => done(error),
    );
    return undefined;
  };
  return agent;
}
