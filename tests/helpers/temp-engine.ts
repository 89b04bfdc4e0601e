import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventName } from '../../shared/contract/channels';
import { Engine } from '../../main/engine/engine';

/** A deterministic clock: each call advances one second from a fixed morning of the congress. */
export function steppingClock(start = Date.UTC(2026, 11, 15, 7, 30, 0)): () => string {
  let t = start;
  return () => new Date((t += 1000)).toISOString();
}

export interface TempEngine {
  engine: Engine;
  dir: string;
  events: { name: EventName; payload: unknown }[];
  file(name: string): string;
  dispose(): void;
}

/** A real engine on a real SQLite file in a fresh temporary folder (the stepping clock unless given one). */
export function tempEngine(now: () => string = steppingClock()): TempEngine {
  const dir = mkdtempSync(join(tmpdir(), 'congress-desk-'));
  const engine = new Engine({ workspaceDir: join(dir, 'workspace'), now });
  const events: TempEngine['events'] = [];
  engine.on((name, payload) => events.push({ name, payload }));
  return {
    engine,
    dir,
    events,
    file: (name) => join(dir, name),
    dispose() {
      engine.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
