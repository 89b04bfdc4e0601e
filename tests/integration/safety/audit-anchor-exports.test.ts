/**
 * The anchor outside the file: the signed minutes and the entry log print the audit's head and
 * entry count, the archive's manifest carries the full head; `verify --head` with what was printed
 * holds for the file as it was and fails once the history is cut or rewritten (SECURITY.md).
 */
import type Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AuditRow, GENESIS, HASH_RULES } from '../../../main/db/audit';
import { snapshotRows } from '../../../main/db/change-capture';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressFor, countedBallot, docxText, flat, pdfText, sha256File } from '../exports/export-setup';
import { dropTriggers, tampered, triggerSql, verifyJson, verifyText } from './audit-fixture';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
  process.env.CONGRESS_DESK_HOME = t.file('home');
});
afterEach(() => t.dispose());

const PRINTED = /Mã xác thực nhật ký: ([0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}) \(([\d.]+) mục\)/;

function printedAnchor(text: string): { code: string; entries: number } {
  const m = PRINTED.exec(flat(text, 'join'));
  expect(m, 'the document prints the audit code').not.toBeNull();
  return { code: m![1]!, entries: Number(m![2]!.replace(/\./g, '')) };
}

describe('the audit code in what gets signed', () => {
  it('minutes (.docx, PDF) and entry log print the head and count of the file they were made from; export changes nothing', async () => {
    await congressFor(t, 8, 6);
    const id = await countedBallot(t, [[1], [2], [3, 4], [5], [6, 7]]);
    const file = t.file('c.congress');
    t.engine.close();
    const before = sha256File(file);
    const { report } = await verifyJson(file);
    t.engine.open(file);
    const out = join(t.dir, 'out');
    const docx = await t.engine.call('exports:run', { what: 'minutes', format: 'docx', ballotId: id, out });
    const pdf = await t.engine.call('exports:run', { what: 'minutes', format: 'pdf', ballotId: id, out });
    const log = await t.engine.call('exports:run', { what: 'entry_log', format: 'pdf', ballotId: id, out });
    t.engine.close();
    expect(sha256File(file)).toBe(before);

    const expected = { code: report.head!.slice(0, 16).replace(/(.{4})(?!$)/g, '$1 '), entries: report.auditEntries };
    expect(printedAnchor((await docxText(docx.files[0]!.path)).text)).toEqual(expected);
    expect(printedAnchor(pdfText(pdf.files[0]!.path))).toEqual(expected);
    expect(printedAnchor(pdfText(log.files[0]!.path))).toEqual(expected);

    // what the board reads aloud from the paper is what verify takes
    const checked = await verifyText(file, '--head', expected.code);
    expect(checked.code).toBe(0);
    expect(checked.out).toContain(`✓ Mã xác thực ${expected.code} có ở mục thứ ${expected.entries} trên ${expected.entries}`);
  });

  it('the code printed before later commands still holds afterwards, and is lost when the history is rewritten', async () => {
    await congressFor(t, 6, 5);
    const id = await countedBallot(t, [[1], [2], [3]]);
    const minutes = await t.engine.call('exports:run', { what: 'minutes', format: 'pdf', ballotId: id, out: join(t.dir, 'out') });
    const printed = printedAnchor(pdfText(minutes.files[0]!.path));
    await t.engine.call('ballots:publish', { id });
    await t.engine.call('checkin:scan', { code: 'DB0006' });
    await t.engine.call('congress:close', {});
    const file = t.file('c.congress');

    const later = await verifyJson(file, '--head', printed.code);
    expect(later.code).toBe(0);
    expect(later.report.anchor).toMatchObject({ entry: printed.entries, intact: true });
    expect(later.report.auditEntries).toBe(printed.entries + 2);

    // Someone with the code changes a paper and recomputes the chain after it (hashes and row lists):
    // on its own the file passes — what no keyless chain can prevent — but not against the paper.
    const rewritten = tampered(t, file, 'rewritten.congress', (db) => {
      const sql = triggerSql(db);
      dropTriggers(db);
      db.exec("UPDATE paper_entries SET struck = '1' WHERE ballot_id = 1 AND paper = 2");
      rechain(db);
      for (const s of sql) db.exec(s);
    });
    expect((await verifyJson(rewritten)).code).toBe(0);
    const anchored = await verifyText(rewritten, '--head', printed.code);
    expect(anchored.code).toBe(1);
    expect(anchored.out).toContain(`✗ Không tìm thấy mã xác thực ${printed.code} trong nhật ký`);
  });

  it('the archive manifest carries the full head and the count of the archived copy', async () => {
    await congressFor(t, 4, 3);
    await countedBallot(t, [[1], [2]]);
    const archive = await t.engine.call('exports:run', { what: 'archive', format: 'folder', out: join(t.dir, 'archive') });
    const manifestPath = archive.files.find((f) => f.path.endsWith('manifest.json'))!.path;
    const copyPath = archive.files.find((f) => f.path.endsWith('.congress'))!.path;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { audit: { entries: number; head: string } };
    const copy = await verifyJson(copyPath, '--head', manifest.audit.head);
    expect(copy.code).toBe(0);
    expect(manifest.audit).toEqual({ entries: copy.report.auditEntries, head: copy.report.head });
    expect(copy.report.anchor).toMatchObject({ entry: manifest.audit.entries, intact: true });
  });
});

/**
 * The forger's tool: rebuilds every row list and hash with the app's own rules (as anyone with the
 * code could), so the file is consistent again.
 */
function rechain(db: Database.Database): void {
  const now = new Map(snapshotRows(db).map(([table, key, hash]) => [`${table} ${JSON.stringify(key)}`, hash]));
  let prev = GENESIS;
  for (const row of db.prepare('SELECT * FROM audit ORDER BY id').all() as AuditRow[]) {
    const changes = (JSON.parse(row.changes ?? '[]') as [string, unknown[], string | null][]).map(([table, key, hash]) => {
      const current = now.get(`${table} ${JSON.stringify(key)}`);
      return [table, key, hash === null || current === undefined ? hash : current];
    });
    const next = { ...row, prev_hash: prev, changes: JSON.stringify(changes) };
    next.hash = HASH_RULES[next.rule ?? 1]!(prev, next);
    db.prepare('UPDATE audit SET prev_hash = ?, changes = ?, hash = ? WHERE id = ?').run(next.prev_hash, next.changes, next.hash, row.id);
    prev = next.hash;
  }
}
