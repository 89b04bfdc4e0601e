/**
 * Files made before the audit listed rows (schema 4, hash rule 1) keep verifying under their own
 * rule, are said to be not yet covered, and are covered from the baseline entry written when the app
 * opens them. A baseline never launders an edit made before it (SECURITY.md).
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { appendBaseline, CURRENT_RULE } from '../../../main/db/audit';
import { differencesBeforeBaseline } from '../../../main/db/audit-replay';
import { APPLICATION_ID } from '../../../main/db/connection';
import { MIGRATIONS } from '../../../main/db/migrations/index';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { countedCongress, tampered, verifyJson, verifyText } from './audit-fixture';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
  process.env.CONGRESS_DESK_HOME = t.file('home');
});
afterEach(() => t.dispose());

/** The hash rule files were written with before schema 5, written out here as it shipped. */
function v1Hash(
  prev: string,
  at: string,
  action: string,
  entity: string,
  entityId: string | null,
  before: string | null,
  after: string | null,
): string {
  return createHash('sha256')
    .update(JSON.stringify([prev, at, action, entity, entityId, before, after, null]))
    .digest('hex');
}

/** A congress file as the app made it before schema 5: migrations 1–4, three delegates, two checked in. */
function schema4File(name: string): string {
  const file = t.file(name);
  const db = new Database(file);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('journal_mode = WAL');
  for (const m of MIGRATIONS.filter((x) => x.version <= 4)) {
    db.exec(m.sql);
    db.pragma(`user_version = ${m.version}`);
  }
  let prev = '0'.repeat(64);
  const audit = (at: string, action: string, entity: string, entityId: string | null, after: unknown) => {
    const text = JSON.stringify(after);
    const hash = v1Hash(prev, at, action, entity, entityId, null, text);
    db.prepare(
      'INSERT INTO audit (at, action, entity, entity_id, before, after, reason, prev_hash, hash) VALUES (?, ?, ?, ?, NULL, ?, NULL, ?, ?)',
    ).run(at, action, entity, entityId, text, prev, hash);
    prev = hash;
  };
  const at = '2026-12-15T07:30:00.000Z';
  db.prepare("INSERT INTO congress (id, name, created_at) VALUES (1, 'Đại hội phường cũ', ?)").run(at);
  db.prepare("INSERT INTO sessions (id, title, position) VALUES (1, 'Phiên chính thức', 1)").run();
  db.prepare('UPDATE congress SET current_session_id = 1').run();
  audit(at, 'congress.create', 'congress', '1', { name: 'Đại hội phường cũ' });
  for (const i of [1, 2, 3]) {
    const code = `DB00${i}`;
    db.prepare(
      "INSERT INTO delegates (id, code, full_name, search_key, status, created_at, updated_at) VALUES (?, ?, ?, ?, 'official', ?, ?)",
    ).run(i, code, `Đại Biểu ${i}`, `dai bieu ${i}`, at, at);
    audit(at, 'delegate.create', 'delegate', String(i), { code });
  }
  for (const i of [1, 2]) {
    db.prepare("INSERT INTO attendance (session_id, delegate_id, state, recorded_at) VALUES (1, ?, 'present', ?)").run(i, at);
    audit(at, 'checkin.scan', 'attendance', `1:${i}`, { state: 'present' });
  }
  db.close();
  return file;
}

describe('a file from before schema 5', () => {
  it('verifies under its own rule, read-only, and is said to be not yet covered (not proved, not accused)', async () => {
    const file = schema4File('old.congress');
    const bytes = readFileSync(file);
    const { code, report } = await verifyJson(file);
    expect(report).toMatchObject({
      schemaVersion: 4,
      auditEntries: 6,
      brokenAuditRows: [],
      missingTriggers: [],
      alteredTriggers: [],
      verdict: 'not_covered',
      ok: false,
    });
    expect(report.data).toMatchObject({ covered: false, differences: [] });
    expect(code).toBe(1);
    const text = await verifyText(file);
    expect(text.out).toContain('✓ Nhật ký: 6 mục, chuỗi băm liền mạch');
    expect(text.out).toContain('! Dữ liệu chưa được đối chiếu với nhật ký: tệp được tạo bởi phiên bản cũ (lược đồ 4)');
    expect(readFileSync(file).equals(bytes)).toBe(true); // verify never migrates
  });

  it('an old entry edited is still caught by the old rule', async () => {
    const file = tampered(t, schema4File('old-edited.congress'), 'old-edited-2.congress', (db) => {
      db.exec('DROP TRIGGER audit_no_update');
      db.exec('UPDATE audit SET after = \'{"state":"absent"}\' WHERE id = 5');
    });
    const { report } = await verifyJson(file);
    expect(report.brokenAuditRows).toEqual([5]);
    expect(report.missingTriggers).toEqual(['audit_no_update']);
    expect(report.verdict).toBe('broken');
  });

  it('opening it adds one baseline entry holding every row; from then on an edit is named', async () => {
    const file = schema4File('opened.congress');
    t.engine.open(file);
    const db = t.engine.context().db;
    const baseline = db.prepare('SELECT id, action, rule, changes, after FROM audit ORDER BY id DESC LIMIT 1').get() as Record<
      string,
      string | number
    >;
    expect(baseline).toMatchObject({ id: 7, action: 'audit.baseline', rule: CURRENT_RULE });
    expect(JSON.parse(baseline.after as string)).toEqual({ schemaFrom: 4, schemaTo: MIGRATIONS.length });
    const listed = (JSON.parse(baseline.changes as string) as [string, unknown[], string][]).map(
      ([table, key]) => `${table}:${JSON.stringify(key)}`,
    );
    expect(listed).toEqual(
      expect.arrayContaining(['congress:[1]', 'sessions:[1]', 'delegates:[1]', 'delegates:[3]', 'attendance:[1,1]', 'attendance:[1,2]']),
    );
    expect(listed).toHaveLength(1 + 1 + 3 + 2);
    await t.engine.call('checkin:scan', { code: 'DB003' });
    t.engine.close();

    const { code, report } = await verifyJson(file);
    expect(report).toMatchObject({ verdict: 'ok', brokenAuditRows: [], data: { covered: true, coveredFrom: 7, differences: [] } });
    expect(code).toBe(0);
    expect((await verifyText(file)).out).toContain('đối chiếu từ mục thứ 7, mốc ghi khi nâng cấp tệp');

    const edited = tampered(t, file, 'opened-edited.congress', (raw) =>
      raw.exec("UPDATE attendance SET state = 'absent' WHERE delegate_id = 1"),
    );
    expect((await verifyText(edited)).out).toContain('Điểm danh của đại biểu DB001 ở phiên số 1 «Phiên chính thức» bị sửa ngoài ứng dụng');
  });
});

describe('a baseline after a later migration', () => {
  it('keeps what already differed, so re-baselining never hides an edit', async () => {
    const clean = await countedCongress(t);
    const file = tampered(t, clean, 'rebaselined.congress', (db) => {
      db.exec("UPDATE paper_entries SET struck = '1' WHERE ballot_id = 1 AND paper = 2");
      // what migrate() does after any migration of a covered file
      const found = differencesBeforeBaseline(db);
      db.transaction(() => appendBaseline(db, '2027-01-10T08:00:00.000Z', { schemaFrom: 5, schemaTo: 6, ...found }))();
    });
    const { code, report } = await verifyJson(file);
    expect(code).toBe(1);
    expect(report.data.differences).toEqual([]); // the rows match the baseline …
    expect(report.data.baselineFindings).toHaveLength(1); // … which says what it found
    expect(report.data.baselineFindings[0]!.differences.map((d) => d.what)).toEqual([
      expect.stringMatching(/^Phiếu số 2 \(lần nhập 1\) của cuộc bầu số 1 .* bị sửa ngoài ứng dụng$/),
    ]);
    expect((await verifyText(file)).out).toMatch(
      /✗ Khi nâng cấp tệp lúc 2027-01-10T08:00:00.000Z \(mục thứ \d+\), dữ liệu đã khác nhật ký ở 1 chỗ:/,
    );
  });
});
