import Database from 'better-sqlite3';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { primaryFolder } from '../../../main/backup/backup-files';
import { notePath } from '../../../main/backup/restore-marker';
import { Engine } from '../../../main/engine/engine';
import { killAtPoint } from '../../helpers/copy-crash';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressWith } from '../ballots/ballot-setup';
import { errorText } from '../../helpers/error-text';

/**
 * A restore killed at every point it passes (a real engine in a child process, SIGKILL): the path
 * of the congress always holds a whole file — the one from before or the restored copy — and the
 * next start says the restore was interrupted, which of the two the file is, opens nothing (not
 * the demo) and leaves no half-made copy anywhere (main/backup/restore.ts, docs/backups.md).
 */
let template: TempEngine;
let copy = '';
beforeAll(async () => {
  template = tempEngine();
  await congressWith(template, 3, 1);
  copy = (await template.engine.call('backups:create', {})).file; // 1 present
  await template.engine.call('checkin:scan', { code: 'DB002' });
  await template.engine.call('checkin:scan', { code: 'DB003' }); // 3 present in the file itself
  template.engine.close();
});
afterAll(() => template.dispose());

let t: TempEngine;
let congress = '';
let workspace = '';
beforeEach(() => {
  t = tempEngine();
  congress = t.file('c.congress');
  workspace = t.file('workspace');
  for (const name of ['c.congress', 'c.backups']) cpSync(template.file(name), t.file(name), { recursive: true });
});
afterEach(() => t.dispose());

/** What a file holds, read without the app: integrity and the check-ins. */
function present(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return (db.prepare("SELECT count(*) AS n FROM attendance WHERE state = 'present'").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const leftovers = () =>
  [t.dir, primaryFolder(congress)].flatMap((d) => readdirSync(d).filter((n) => n.includes('.partial') || n.endsWith('-journal')));

describe('a restore killed half-way', () => {
  for (const [step, outcome, before] of [
    ['copied', 'rolled-back', 3],
    ['closed', 'rolled-back', 3],
    ['kept-aside', 'rolled-back', 3],
    ['replaced', 'completed', 1],
  ] as const) {
    it(`after «${step}»: the file is whole (${outcome}), the next start says so and opens nothing`, async () => {
      const mine = join(primaryFolder(congress), copy.split('/').pop()!);
      expect(await killAtPoint(['restore', congress, workspace, mine, step])).toEqual([step]);
      // at the moment of the kill: a whole file at the path, and the note that a restore is under way
      expect(existsSync(congress)).toBe(true);
      expect(existsSync(notePath(congress))).toBe(true);

      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const next = new Engine({ workspaceDir: workspace });
      try {
        expect(next.startUp()).toBeNull();
        const state = next.state();
        expect(state.congress).toBeNull();
        expect(state.startupProblem).toMatchObject({
          code: 'RESTORE_INTERRUPTED',
          details: { congressPath: congress, restore: { outcome } },
        });
        expect(errorText(state.startupProblem!)).toContain(`Lần khôi phục trước của «${congress}» bị gián đoạn`);
        expect(errorText(state.startupProblem!)).toContain(
          outcome === 'completed' ? 'nay là bản khôi phục' : 'vẫn như trước khi khôi phục',
        );
        expect(existsSync(join(workspace, 'demo.congress'))).toBe(false); // never the demo in its place
        expect(existsSync(notePath(congress))).toBe(false);
        expect(present(congress)).toBe(before);
        // the file opens as it is, and nothing half-made is left anywhere
        expect((await next.call('congress:open', { path: congress })).path).toBe(congress);
        expect((await next.call('attendance:summary', {})).present).toBe(before);
        expect(next.state().startupProblem).toBeNull();
        expect(leftovers()).toEqual([]);
        const asides = (await next.call('backups:list', {})).copies.filter((c) => c.reason === 'before-restore');
        // the file from before is kept whole, once the restore got that far
        expect(asides.map((c) => c.contents?.checkIns)).toEqual(step === 'kept-aside' || step === 'replaced' ? [3] : []);
        expect(asides.every((c) => c.usable)).toBe(true);
      } finally {
        next.close();
        warn.mockRestore();
      }
    });
  }

  it('after it reopened: nothing to say, the restored congress reopens', async () => {
    const mine = join(primaryFolder(congress), copy.split('/').pop()!);
    expect(await killAtPoint(['restore', congress, workspace, mine, 'reopened'])).toEqual(['reopened']);
    const next = new Engine({ workspaceDir: workspace });
    try {
      expect(next.startUp()?.path).toBe(congress);
      expect(next.state().startupProblem).toBeNull();
      expect((await next.call('attendance:summary', {})).present).toBe(1);
      expect(leftovers()).toEqual([]);
    } finally {
      next.close();
    }
  });
});
