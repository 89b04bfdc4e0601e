import { readdirSync, readFileSync } from 'node:fs';
import { Engine } from '../../../main/engine/engine';
import { fill, FILLER, protect, smallDisk, unmountDisks } from '../../helpers/disks';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { BLANK_DELEGATE } from '../../helpers/blank-delegate';

/**
 * Opening another congress is all or nothing. The recent list lives in the workspace
 * (~/CongressDesk): when that disk is full or read-only, saving the list fails — and the open used
 * to answer "failed" after it had already switched files, so the window still showed the old
 * congress while check-ins went into the new one. Now an open that succeeded is never reported as
 * failed for the list's sake; the list is simply not updated (Workspace.remember, Engine.attach).
 */
let t: TempEngine;
let engine: Engine;
let workspace = '';
beforeEach(async () => {
  t = tempEngine();
  workspace = smallDisk(t.file('home'), 128);
  engine = new Engine({ workspaceDir: workspace });
  for (const name of ['a', 'b']) {
    await engine.call('congress:create', { name: `Đại hội ${name.toUpperCase()}`, path: t.file(`${name}.congress`) });
    await engine.call('delegates:create', {
      code: 'DB001',
      fullName: 'Nguyễn Văn An',
      status: 'official',
      ...BLANK_DELEGATE,
    });
  }
  await engine.call('congress:open', { path: t.file('a.congress') });
});
afterEach(() => {
  engine.close();
  unmountDisks();
  t.dispose();
});

async function expectSwitchedTo(path: string): Promise<void> {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const before = readFileSync(`${workspace}/recent.json`, 'utf8');
  const r = await engine.invoke('congress:open', { path });
  expect(r.ok).toBe(true);
  // the window, the engine and the next check-in all agree on the file
  expect((await engine.call('app:state', {})).congress?.path).toBe(path);
  expect((await engine.call('checkin:scan', { code: 'DB001' })).delegate.code).toBe('DB001');
  expect(engine.context().path).toBe(path);
  // the list could not be saved, and nothing half-written is left in its place
  expect(readFileSync(`${workspace}/recent.json`, 'utf8')).toBe(before);
  expect(readdirSync(workspace).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  expect(warn.mock.calls.flat().join(' ')).toContain('could not update the recent list');
}

describe('switching to another congress while the recent list cannot be saved', () => {
  it('the workspace disk is full: the open succeeds, and check-ins go to the congress the window shows', async () => {
    fill(workspace);
    await expectSwitchedTo(t.file('b.congress'));
    expect(readdirSync(workspace)).toContain(FILLER);
    // the congress left behind got nothing
    engine.close();
    engine.open(t.file('a.congress'));
    expect((await engine.call('attendance:summary', {})).present).toBe(0);
  });

  it('the workspace disk is read-only: the same', async () => {
    protect(workspace);
    await expectSwitchedTo(t.file('b.congress'));
  });
});
