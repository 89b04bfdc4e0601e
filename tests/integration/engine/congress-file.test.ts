import Database from 'better-sqlite3';
import { fork } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { SCHEMA_VERSION } from '../../../main/db/migrations/index';
import { APPLICATION_ID } from '../../../main/db/connection';
import { Engine } from '../../../main/engine/engine';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { errorText } from '../../helpers/error-text';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

async function expectRefused(path: string, code: string) {
  const r = await t.engine.invoke('congress:open', { path });
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.error.code).toBe(code);
    expect(errorText(r.error)).toContain(path); // says which file
  }
}

describe('congress file', () => {
  it('creates, closes and reopens a congress with its settings and sessions', async () => {
    const path = t.file('phuong.congress');
    const created = await t.engine.call('congress:create', { name: 'Đại hội MTTQ phường Hòa Bình', path });
    expect(created.sessions.map((s) => s.title)).toEqual(['Phiên chính thức']);
    expect(created.currentSessionId).toBe(created.sessions[0]!.id);
    await t.engine.call('congress:update', { theme: 'Đoàn kết – Dân chủ', venue: 'Hội trường UBND' });
    await t.engine.call('congress:close', {});
    const reopened = await t.engine.call('congress:open', { path });
    expect(reopened.settings).toMatchObject({
      name: 'Đại hội MTTQ phường Hòa Bình',
      theme: 'Đoàn kết – Dân chủ',
      quorumRule: 'two_thirds',
    });
    await t.engine.call('congress:close', {});
    const db = new Database(path, { readonly: true, fileMustExist: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });

  it('refuses to overwrite an existing file on create', async () => {
    const path = t.file('x.congress');
    writeFileSync(path, 'keep me');
    const r = await t.engine.invoke('congress:create', { name: 'X', path });
    expect(r.ok || r.error.code).toBe('FILE_EXISTS');
    expect(readFileSync(path, 'utf8')).toBe('keep me');
  });

  it('refuses a file that is not SQLite and leaves it untouched', async () => {
    const path = t.file('notes.congress');
    writeFileSync(path, 'Biên bản họp tổ 1 — not a database at all, just text');
    await expectRefused(path, 'FILE_NOT_CONGRESS');
    expect(readFileSync(path, 'utf8')).toContain('Biên bản họp tổ 1');
  });

  it("refuses another application's SQLite database", async () => {
    const path = t.file('other.sqlite');
    const db = new Database(path);
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    db.close();
    const before = readFileSync(path);
    await expectRefused(path, 'FILE_NOT_CONGRESS');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a congress file from a newer app version without changing it', async () => {
    const path = t.file('future.congress');
    await t.engine.call('congress:create', { name: 'Tương lai', path });
    await t.engine.call('congress:close', {});
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    await expectRefused(path, 'FILE_FROM_NEWER_APP');
    const check = new Database(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    check.close();
  });

  it('refuses a file already open in another engine (same process)', async () => {
    const path = t.file('shared.congress');
    await t.engine.call('congress:create', { name: 'Dùng chung', path });
    const other = new Engine({ workspaceDir: t.file('ws2'), rememberRecent: false });
    const r = await other.invoke('congress:open', { path });
    expect(r.ok || r.error.code).toBe('FILE_LOCKED');
    other.close();
    // the first engine still works
    expect((await t.engine.call('attendance:summary', {})).summoned).toBe(0);
  });

  it('refuses a file already open in another process', async () => {
    const path = t.file('locked.congress');
    await t.engine.call('congress:create', { name: 'Khóa', path });
    await t.engine.call('congress:close', {});
    const holder = fork(new URL('../../helpers/hold-congress.ts', import.meta.url).pathname, [path], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    await new Promise<void>((resolve) => holder.once('message', () => resolve()));
    try {
      await expectRefused(path, 'FILE_LOCKED');
    } finally {
      holder.kill('SIGKILL');
      await new Promise((r) => holder.once('exit', r));
    }
    // once the holder has died, the OS released its lock: the file opens again
    expect((await t.engine.call('congress:open', { path })).settings.name).toBe('Khóa');
  });

  it('says which file is missing', async () => {
    await expectRefused(t.file('nowhere.congress'), 'FILE_NOT_FOUND');
  });

  it('remembers recent files and reopens the last one', async () => {
    const a = t.file('a.congress');
    await t.engine.call('congress:create', { name: 'Đại hội A', path: a });
    await t.engine.call('congress:close', {});
    const next = new Engine({ workspaceDir: t.file('workspace') });
    expect(next.reopenLast()?.path).toBe(a);
    expect((await next.call('app:state', {})).recent[0]).toMatchObject({ path: a, name: 'Đại hội A' });
    next.close();
  });
});
