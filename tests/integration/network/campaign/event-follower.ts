import WebSocket from 'ws';
import { isReread, type StreamMessage } from '../../../../shared/contract/envelope';
import { pinnedConnect } from '../../../../main/network/pinned-connection';

export interface FollowerFigures {
  connections: number;
  /** Sockets this device cut itself (a Wi-Fi blip) and resumed with `run` and `after`. */
  cuts: number;
  events: number;
  /** `{ reread }` answers to a resume from another run of the engine: one per restart seen. */
  rereads: number;
  /**
   * Within one run, an event number given twice or out of order, across resumes (should be none).
   * Numbers may skip: they count every event of the engine, a role hears only its own (EVENT_POLICY).
   */
  disorder: string[];
  /** The numbers heard in each run of the engine. */
  heard: Map<string, number[]>;
}

/**
 * Events a stream that cut itself missed within a run, found against one of the same role that
 * never cut: over the stretch both were following, a resume must have given exactly what was missed.
 */
export function missedAfterResume(cutting: FollowerFigures, steady: FollowerFigures): string[] {
  const missed: string[] = [];
  for (const [runId, theirs] of steady.heard) {
    const ours = cutting.heard.get(runId);
    if (!ours || ours.length === 0 || theirs.length === 0) continue;
    const from = Math.max(ours[0]!, theirs[0]!);
    const to = Math.min(ours[ours.length - 1]!, theirs[theirs.length - 1]!);
    const have = new Set(ours);
    for (const seq of theirs) if (seq >= from && seq <= to && !have.has(seq)) missed.push(`run ${runId.slice(0, 8)} event ${seq}`);
  }
  return missed;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A device's event stream kept open through the campaign (docs/hall-network.md §5.5): resumed
 * after every close with the last run id and number seen, over a new pinned connection. Within a
 * run the numbers must only go up, none twice; a new run (the laptop restarted) must say `reread`.
 */
export function followEvents(
  address: string,
  port: number,
  fingerprint: string,
  credential: string,
  options: { from: string; cutRate: number; rng: () => number },
) {
  const figures: FollowerFigures = { connections: 0, cuts: 0, events: 0, rereads: 0, disorder: [], heard: new Map() };
  let last: { runId: string; seq: number } | null = null;
  let stopped = false;
  let current: WebSocket | null = null;

  const connectOnce = async (): Promise<void> => {
    const socket = await pinnedConnect(address, port, fingerprint, { localAddress: options.from, timeoutMs: 3000 });
    const resume = last ? `&run=${last.runId}&after=${last.seq}` : '';
    const ws = new WebSocket(`wss://${address}:${port}/events?token=${credential}${resume}`, { createConnection: () => socket });
    current = ws;
    ws.on('message', (m) => {
      const message = JSON.parse(String(m)) as StreamMessage;
      if (isReread(message)) {
        if (last && message.reread.runId !== last.runId) figures.rereads++;
        last = { ...message.reread };
        return;
      }
      figures.events++;
      if (last && last.runId === message.runId && message.seq <= last.seq) {
        figures.disorder.push(`run ${message.runId.slice(0, 8)}: ${last.seq} then ${message.seq}`);
      }
      last = { runId: message.runId, seq: message.seq };
      const run = figures.heard.get(message.runId) ?? [];
      figures.heard.set(message.runId, run);
      run.push(message.seq);
      if (options.rng() < options.cutRate) {
        figures.cuts++;
        ws.terminate();
      }
    });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    ws.on('error', () => {}); // a killed laptop resets the socket: the close below is what counts
    figures.connections++;
    await new Promise((r) => ws.once('close', r));
  };

  const running = (async () => {
    while (!stopped) {
      await connectOnce().catch(() => {}); // the laptop is down, or was killed under this socket: try again
      if (!stopped) await pause(30);
    }
  })();

  return {
    figures,
    async stop(): Promise<FollowerFigures> {
      stopped = true;
      current?.terminate();
      await running;
      return figures;
    },
  };
}
