/**
 * Hash rule 3: every audit entry says who sent its command (main/db/audit-actor.ts), and the actor is
 * hashed, so changing it in the file is found by verify like any other edit of the audit.
 */
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { localCaller } from '../../../shared/contract/envelope';
import { runCli } from '../../../main/cli/index';
import { congressWith } from '../ballots/ballot-setup';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
  process.env.CONGRESS_DESK_HOME = t.file('home');
});
afterEach(() => t.dispose());

type Row = { id: number; rule: number; actor: string | null; action: string };
const lastEntry = (file: string): Row => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT id, rule, actor, action FROM audit ORDER BY id DESC LIMIT 1').get() as Row;
  } finally {
    db.close();
  }
};

async function verify(file: string): Promise<{ code: number; out: string; broken: number[] }> {
  const lines: string[] = [];
  const code = await runCli(['verify', file, '--json'], (l) => lines.push(l));
  const text: string[] = [];
  await runCli(['verify', file], (l) => text.push(l));
  return { code, out: text.join('\n'), broken: (JSON.parse(lines.join('\n')) as { brokenAuditRows: number[] }).brokenAuditRows };
}

/** What a database tool can do: the append-only triggers put back as they were, so only the edit differs. */
function withActor(clean: string, name: string, id: number, actor: string): string {
  const file = t.file(name);
  copyFileSync(clean, file);
  const db = new Database(file);
  const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'").all() as {
    name: string;
    sql: string;
  }[];
  for (const tr of triggers) db.exec(`DROP TRIGGER ${tr.name}`);
  db.prepare('UPDATE audit SET actor = ? WHERE id = ?').run(actor, id);
  for (const tr of triggers) db.exec(tr.sql);
  db.close();
  return file;
}

describe('audit entries record the caller (hash rule 3)', () => {
  it('an Electron window’s command is written under rule 3 with its role and device; editing the actor breaks the chain', async () => {
    await congressWith(t, 6, 4);
    const undone = await t.engine.invoke('checkin:undo', { delegateId: 1 }, { caller: localCaller('operator', 'electron') });
    expect(undone.ok).toBe(true);
    await t.engine.call('congress:close', {});
    const clean = t.file('c.congress');
    const entry = lastEntry(clean);
    expect(entry.rule).toBe(3);
    expect(JSON.parse(entry.actor!)).toEqual(['operator', 'electron', 'local operator']);

    const ok = await verify(clean);
    expect(ok.code).toBe(0);
    expect(ok.broken).toEqual([]);

    const forged = await verify(withActor(clean, 'forged.congress', entry.id, JSON.stringify(['counting-station', 'station-9', 'Bàn 9'])));
    expect(forged.code).not.toBe(0);
    expect(forged.broken).toContain(entry.id);
    expect(forged.out).toContain('chuỗi băm bị đứt');
  });

  it('the command line’s writes are attributed to cli@<hostname>', async () => {
    await congressWith(t, 6, 4);
    await t.engine.call('congress:close', {});
    const clean = t.file('c.congress');
    const before = lastEntry(clean).id;
    const code = await runCli(['checkin', clean, 'DB005'], () => {});
    expect(code).toBe(0);
    const entry = lastEntry(clean);
    expect(entry.id).toBeGreaterThan(before);
    expect(JSON.parse(entry.actor!)[1]).toMatch(/^cli@.+/);
  });
});
