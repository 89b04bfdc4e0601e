/**
 * The file under the app (SECURITY.md): the open congress deleted, moved, replaced, written over or
 * stripped of its -wal while the app runs. The app must notice (at the next command, and within
 * seconds without one), stop acknowledging, and keep everything acknowledged in an emergency copy
 * written from the open connection.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { openCongressDb } from '../../../main/db/connection';
import type { FileLoss } from '../../../shared/contract/types';
import { driveEngine } from '../../helpers/drive-engine';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { errorText } from '../../helpers/error-text';

let t: TempEngine;
beforeEach(() => (t = tempEngine()));
afterEach(() => t.dispose());

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A demo congress with `n` delegates checked in through the engine; their codes. */
async function openWithCheckIns(n: number): Promise<{ path: string; codes: string[] }> {
  const path = t.file('dai-hoi.congress');
  t.engine.openDemo(path);
  const all = (await t.engine.call('delegates:list', {})).filter((d) => d.status === 'official').map((d) => d.code);
  for (const code of all.slice(0, n)) await t.engine.call('checkin:scan', { code });
  return { path, codes: all };
}

function presentIn(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM attendance WHERE state = 'present'").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

async function lossAtNextCommand(code: string): Promise<FileLoss> {
  const r = await t.engine.invoke('checkin:scan', { code });
  expect(r.ok ? 'acknowledged' : r.error.code).toBe('FILE_LOST');
  const loss = t.engine.state().fileLost!;
  expect(loss).not.toBeNull();
  return loss;
}

describe('the congress file taken away under the running app', () => {
  it('deleted: the next command is refused, the emergency copy holds every acknowledged check-in, and nothing more is acknowledged', async () => {
    const { path, codes } = await openWithCheckIns(12);
    rmSync(path);
    const loss = await lossAtNextCommand(codes[12]!);
    expect(loss.kind).toBe('deleted');
    expect(presentIn(loss.emergencyCopy!)).toBe(12);
    const later = await t.engine.invoke('checkin:scan', { code: codes[13]! });
    expect(later.ok || later.error.code).toBe('FILE_LOST');
    expect(later.ok || errorText(later.error)).toContain(loss.emergencyCopy!);
    // the copy opens as a congress and work goes on there
    const info = await t.engine.call('congress:open', { path: loss.emergencyCopy! });
    expect((await t.engine.call('attendance:summary', {})).present).toBe(12);
    expect(info.path).toBe(loss.emergencyCopy);
    expect(t.engine.state().fileLost).toBeNull();
  });

  it('moved away: noticed within seconds without any command, every window told', async () => {
    const { path } = await openWithCheckIns(5);
    renameSync(path, t.file('chuyen-di.congress'));
    const deadline = Date.now() + 5000;
    while (!t.events.some((e) => e.name === 'congress:fileLost') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const event = t.events.find((e) => e.name === 'congress:fileLost');
    expect(event).toBeDefined();
    const { loss } = event!.payload as { loss: FileLoss };
    expect(loss.kind).toBe('deleted');
    expect(presentIn(loss.emergencyCopy!)).toBe(5);
    // its log does not stay behind, where SQLite would replay it into the next file of that name
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('replaced by another file: refused, and the other file is left as it was put there', async () => {
    const other = t.file('khac.congress');
    openCongressDb(other, { create: true }).close();
    const { path, codes } = await openWithCheckIns(7);
    copyFileSync(other, t.file('khac-2.congress'));
    renameSync(t.file('khac-2.congress'), path);
    const before = sha(path);
    const loss = await lossAtNextCommand(codes[7]!);
    expect(loss.kind).toBe('replaced');
    expect(presentIn(loss.emergencyCopy!)).toBe(7);
    expect(sha(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(presentIn(path)).toBe(0);
  });

  it('written over in place (a copy onto the open file): refused, everything in the emergency copy, the copied file untouched', async () => {
    const other = t.file('ban-sao.congress');
    openCongressDb(other, { create: true }).close();
    const { path, codes } = await openWithCheckIns(9);
    copyFileSync(other, path); // same inode, new content
    const loss = await lossAtNextCommand(codes[9]!);
    expect(loss.kind).toBe('overwritten');
    expect(presentIn(loss.emergencyCopy!)).toBe(9);
    expect(sha(path)).toBe(sha(other));
  });

  it('its -wal deleted: refused, the emergency copy and the file itself hold everything', async () => {
    const { path, codes } = await openWithCheckIns(6);
    expect(existsSync(`${path}-wal`)).toBe(true);
    rmSync(`${path}-wal`);
    const loss = await lossAtNextCommand(codes[6]!);
    expect(loss.kind).toBe('wal_removed');
    expect(presentIn(loss.emergencyCopy!)).toBe(6);
    expect(presentIn(path)).toBe(6);
  });

  it('in a second process killed afterwards: nothing acknowledged before the deletion is lost', async () => {
    const path = t.file('host.congress');
    t.engine.openDemo(path);
    const codes = (await t.engine.call('delegates:list', {})).filter((d) => d.status === 'official').map((d) => d.code);
    await t.engine.call('congress:close', {});
    const host = await driveEngine(path, t.file('ws-host'));
    let acknowledged = 0;
    try {
      for (const code of codes.slice(0, 20)) if ((await host.call('checkin:scan', { code })).ok) acknowledged++;
      rmSync(path);
      const after = await host.call('checkin:scan', { code: codes[20]! });
      expect(after.code).toBe('FILE_LOST');
      const copy = (after.value as { loss: FileLoss }).loss.emergencyCopy!;
      await host.kill();
      expect({ acknowledged, inCopy: presentIn(copy) }).toEqual({ acknowledged: 20, inCopy: 20 });
    } finally {
      await host.kill();
    }
  });
});
