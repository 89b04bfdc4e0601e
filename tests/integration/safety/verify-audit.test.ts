import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { runCli } from '../../../main/cli/index';
import { congressWith } from '../ballots/ballot-setup';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';

let t: TempEngine;
let clean: string;
beforeEach(async () => {
  t = tempEngine();
  process.env.CONGRESS_DESK_HOME = t.file('home');
  await congressWith(t, 6, 4);
  await t.engine.call('checkin:undo', { delegateId: 1 });
  await t.engine.call('congress:close', {});
  clean = t.file('c.congress');
});
afterEach(() => t.dispose());

async function verify(file: string): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await runCli(['verify', file], (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

/** A copy of the congress with the append-only triggers dropped and `sql` run on its audit. */
function tampered(name: string, sql: string): string {
  const file = t.file(name);
  copyFileSync(clean, file);
  const db = new Database(file);
  db.exec('DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;');
  db.exec(sql);
  db.close();
  return file;
}

describe('npm run cli -- verify', () => {
  it('passes an untouched congress: integrity ok, chain unbroken', async () => {
    const r = await verify(clean);
    expect(r.code).toBe(0);
    expect(r.out).toContain('integrity_check: ok');
    expect(r.out).toMatch(/Nhật ký: \d+ mục, chuỗi băm liền mạch/);
    expect(r.out).toContain('không phát hiện sai lệch');
  });

  it('reports an audit row edited behind the app’s back (who was checked in, changed afterwards)', async () => {
    const file = tampered('edited.congress', "UPDATE audit SET after = replace(after, 'present', 'absent') WHERE id = 9");
    const r = await verify(file);
    expect(r.code).toBe(1);
    expect(r.out).toContain('chuỗi băm bị đứt tại 1 mục (số 9)');
    expect(r.out).toContain('Thiếu ràng buộc chỉ-ghi-thêm');
    expect(r.out).toContain('PHÁT HIỆN SAI LỆCH');
  });

  it('reports a row deleted from the middle of the trail', async () => {
    const file = tampered('deleted.congress', 'DELETE FROM audit WHERE id = 5');
    const lines: string[] = [];
    expect(await runCli(['verify', file, '--json'], (l) => lines.push(l))).toBe(1);
    const report = JSON.parse(lines.join('')) as { brokenAuditRows: number[]; ok: boolean };
    expect(report).toMatchObject({ ok: false, brokenAuditRows: [6] });
  });

  it('reports a re-hashed row too: the next link no longer matches', async () => {
    // the editor recomputes the edited row's own hash (they have the code), but not the rest of the chain
    const file = tampered('rehashed.congress', "UPDATE audit SET hash = 'f' || substr(hash, 2) WHERE id = 3");
    const r = await verify(file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/đứt tại 2 mục \(số 3, 4\)/);
  });

  it('reports a damaged database', async () => {
    const file = t.file('damaged.congress');
    copyFileSync(clean, file);
    const { openSync, writeSync, closeSync } = await import('node:fs');
    const h = openSync(file, 'r+');
    writeSync(h, Buffer.alloc(4096, 0x33), 0, 4096, 4096 * 2);
    closeSync(h);
    expect(await verify(file)).toMatchObject({ code: 2, out: expect.stringMatching(/bị hỏng|damaged/) }); // exit 2: damaged (main/cli/exit-codes.ts)
  });
});
