import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventName } from '../../../shared/contract/channels';
import { Engine } from '../../../main/engine/engine';

/**
 * A real engine on a real congress file with a clock the test sets. Times are given in the local
 * clock (new Date(y, m, d, h, min)) because planned times are the hall's local 'HH:MM': the
 * tests then hold in any time zone.
 */
export interface AgendaRig {
  engine: Engine;
  dir: string;
  path: string;
  events: EventName[];
  /** Sets the clock to 15/12/2026 at hh:mm(:ss) hall time. */
  at(hh: number, mm: number, ss?: number): void;
  reopen(): Promise<void>;
  dispose(): void;
}

/** hh:mm on the congress day by the hall's clock (Vietnam, UTC+7: shared/domain/hall-time.ts), as a stored instant. */
export function localIso(hh: number, mm: number, ss = 0): string {
  return new Date(Date.UTC(2026, 11, 15, hh - 7, mm, ss)).toISOString();
}

export async function agendaRig(): Promise<AgendaRig> {
  const dir = mkdtempSync(join(tmpdir(), 'congress-agenda-'));
  let now = localIso(7, 0);
  const make = () => {
    const e = new Engine({ workspaceDir: join(dir, 'workspace'), now: () => now, rememberRecent: false });
    e.on((name) => rig.events.push(name));
    return e;
  };
  const path = join(dir, 'dai-hoi.congress');
  const rig: AgendaRig = {
    engine: undefined as unknown as Engine,
    dir,
    path,
    events: [],
    at(hh, mm, ss = 0) {
      now = localIso(hh, mm, ss);
    },
    async reopen() {
      rig.engine.close();
      rig.engine = make();
      rig.engine.open(path);
    },
    dispose() {
      rig.engine.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  rig.engine = make();
  rig.engine.create('Đại hội đại biểu MTTQ Việt Nam phường Thử lần thứ I', path);
  return rig;
}

export { refusal } from '../../helpers/refusal';

export const step = (
  title: string,
  extra: Partial<{
    durationMinutes: number;
    plannedStart: string | null;
    kind: 'ceremony' | 'report' | 'discussion' | 'vote' | 'ballot' | 'break';
  }> = {},
) => ({
  title,
  presenter: '',
  sessionId: null,
  plannedStart: null,
  durationMinutes: 10,
  kind: 'report' as const,
  notes: '',
  ...extra,
});
