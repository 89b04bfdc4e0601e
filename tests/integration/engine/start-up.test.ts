import { type ChildProcess, fork, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../../../main/engine/engine';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressWith } from '../ballots/ballot-setup';
import { errorText } from '../../helpers/error-text';

/**
 * What the app opens at start-up (Engine.startUp, used by `npm run serve` and the desktop app): the
 * congress used last; the demo only on a first run. When the last one will not reopen — held by
 * another running Congress Desk, missing, damaged — nothing opens in its place (the demo's codes
 * overlap real rosters: check-ins would go to the wrong congress), and the reason is said with the
 * file and its newest usable copy (docs/backups.md, "Khi khởi động").
 */
let t: TempEngine;
let workspace = '';
let congress = '';
beforeEach(async () => {
  t = tempEngine();
  workspace = t.file('workspace');
  congress = t.file('c.congress');
  await congressWith(t, 3, 2); // remembered in the workspace's recent list
  await t.engine.call('backups:create', {});
  t.engine.close();
});
afterEach(() => t.dispose());

const root = join(import.meta.dirname, '..', '..', '..');
const demo = () => join(workspace, 'demo.congress');

/** A second process holding the congress file, as another running Congress Desk does. */
async function holder(path: string): Promise<ChildProcess> {
  const child = fork(join(root, 'tests/helpers/hold-congress.ts'), [path], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve) => child.once('message', () => resolve()));
  return child;
}

async function stop(child: ChildProcess): Promise<void> {
  child.kill('SIGKILL');
  if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once('exit', r));
}

function starting(): Engine {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  return new Engine({ workspaceDir: workspace });
}

describe('start-up', () => {
  it('a first run (no recent file at all) opens the demo', () => {
    const fresh = new Engine({ workspaceDir: t.file('first-run') });
    try {
      expect(fresh.startUp()?.path).toBe(join(t.file('first-run'), 'demo.congress'));
      expect(fresh.state().startupProblem).toBeNull();
    } finally {
      fresh.close();
    }
  });

  it('the last congress is held by a second process: nothing opens, not the demo; the reason, the file and its copy are said', async () => {
    const other = await holder(congress);
    const engine = starting();
    try {
      expect(engine.startUp()).toBeNull();
      const state = engine.state();
      expect(state.congress).toBeNull();
      expect(existsSync(demo())).toBe(false);
      expect(state.startupProblem).toMatchObject({
        code: 'FILE_LOCKED',
        details: { congressPath: congress, reason: 'FILE_LOCKED', latestBackup: { usable: true } },
      });
      expect(errorText(state.startupProblem!)).toContain(
        `Không mở lại được đại hội lần trước «${congress}»: tệp đang được mở ở một Congress Desk khác đang chạy (hoặc một chương trình khác). ` +
          'Chưa mở đại hội nào (đại hội mẫu không được mở thay).',
      );
      expect(errorText(state.startupProblem!)).toContain('mở bản sao lưu gần nhất dùng được');
      expect(errorText(state.startupProblem!, 'en')).toContain('open in another running Congress Desk');
      // a command finds nothing open, rather than the demo
      expect((await engine.invoke('checkin:scan', { code: 'DB003' })).ok).toBe(false);
      // the other one quits: the same file opens, and the problem is gone
      await stop(other);
      expect((await engine.call('congress:open', { path: congress })).path).toBe(congress);
      expect(engine.state().startupProblem).toBeNull();
      expect((await engine.call('attendance:summary', {})).present).toBe(2);
    } finally {
      await stop(other);
      engine.close();
    }
  });

  it('the last congress is missing: says so and offers its newest copy; the demo does not open', () => {
    rmSync(congress); // moved away, or the stick it was on is unplugged
    const engine = starting();
    try {
      expect(engine.startUp()).toBeNull();
      expect(existsSync(demo())).toBe(false);
      expect(engine.state().startupProblem).toMatchObject({
        code: 'FILE_NOT_FOUND',
        details: { congressPath: congress, latestBackup: { usable: true } },
      });
      expect(errorText(engine.state().startupProblem!)).toContain('không còn tệp ở đó');
    } finally {
      engine.close();
    }
  });

  it('the last congress is damaged: says so, leaves it byte for byte, offers its newest copy', () => {
    const bytes = readFileSync(congress);
    const damaged = Buffer.concat([bytes.subarray(0, 4096), Buffer.alloc(bytes.length - 4096, 0xee)]);
    writeFileSync(congress, damaged);
    const engine = starting();
    try {
      expect(engine.startUp()).toBeNull();
      expect(existsSync(demo())).toBe(false);
      expect(engine.state().startupProblem).toMatchObject({ code: 'FILE_DAMAGED', details: { latestBackup: { usable: true } } });
      expect(readFileSync(congress).equals(damaged)).toBe(true);
    } finally {
      engine.close();
    }
  });

  it('`npm run serve` with the last congress held elsewhere: prints why and opens nothing', async () => {
    const other = await holder(congress);
    try {
      const serve = spawn(process.execPath, ['--import', 'tsx', join(root, 'main/host/serve.ts')], {
        cwd: root,
        env: { ...process.env, CONGRESS_DESK_HOME: workspace, PORT: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      await new Promise<void>((resolve, reject) => {
        serve.stdout.setEncoding('utf8').on('data', (c: string) => {
          out += c;
          if (out.includes('Ctrl+C')) resolve();
        });
        serve.on('error', reject);
        serve.on('exit', () => resolve());
      });
      serve.kill('SIGTERM');
      await new Promise((r) => serve.once('close', r));
      expect(out).toContain('chưa mở đại hội nào / no congress open');
      expect(out).toContain(`Không mở lại được đại hội lần trước «${congress}»: tệp đang được mở ở một Congress Desk khác đang chạy`);
      expect(existsSync(demo())).toBe(false);
    } finally {
      await stop(other);
    }
  });
});
