/**
 * The audit proves the counted data (SECURITY.md "What verify proves and what it cannot"): a row
 * edited, deleted or added with a database tool is named by `verify`; the database refuses a
 * rewritten audit entry; a wiped audit, look-alike triggers and a cut-off tail are caught.
 */
import { copyFileSync } from 'node:fs';
import { verifyCongressFile } from '../../../main/db/verify';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { errorText } from '../../helpers/error-text';
import type { AppError } from '../../../shared/contract/result';
import {
  HAND_BALLOT,
  PAPER_BALLOT,
  QUESTION,
  countedCongress,
  dropTriggers,
  tampered,
  triggerSql,
  verifyJson,
  verifyText,
} from './audit-fixture';

let t: TempEngine;
let clean: string;
beforeAll(async () => {
  t = tempEngine();
  process.env.CONGRESS_DESK_HOME = t.file('home');
  clean = await countedCongress(t);
});
afterAll(() => t.dispose());

describe('verify: the data against the audit', () => {
  it('passes the file as the app left it, and --json gives the entry count and the head hash', async () => {
    const text = await verifyText(clean);
    expect(text.code).toBe(0);
    expect(text.out).toContain('✓ Dữ liệu khớp nhật ký');
    const { code, report } = await verifyJson(clean);
    expect(code).toBe(0);
    expect(report).toMatchObject({
      ok: true,
      verdict: 'ok',
      brokenAuditRows: [],
      data: { covered: true, coveredFrom: 1, differences: [] },
    });
    expect(report.auditEntries).toBeGreaterThan(20);
    expect(report.head).toMatch(/^[0-9a-f]{64}$/);
    expect(text.out).toContain(`Mã xác thực nhật ký: ${report.head!.slice(0, 4)} ${report.head!.slice(4, 8)}`);
  });

  it.each([
    [
      'a paper entry',
      "UPDATE paper_entries SET struck = '2' WHERE ballot_id = 1 AND pass = 1 AND paper = 3",
      `Phiếu số 3 (lần nhập 1) của cuộc bầu số 1 «${PAPER_BALLOT}» bị sửa ngoài ứng dụng`,
    ],
    [
      'a check-in',
      "UPDATE attendance SET state = 'absent' WHERE delegate_id = 2",
      'Điểm danh của đại biểu DB002 ở phiên số 1 «Phiên chính thức» bị sửa ngoài ứng dụng',
    ],
    ['a delegate', "UPDATE delegates SET full_name = 'Người Khác' WHERE code = 'DB003'", 'Đại biểu DB003 bị sửa ngoài ứng dụng'],
    [
      'a vote',
      'UPDATE votes SET votes_for = 3, votes_against = 1 WHERE id = 1',
      `Cuộc biểu quyết số 1 «${QUESTION}» bị sửa ngoài ứng dụng`,
    ],
    [
      'an aggregate',
      `UPDATE ballot_aggregates SET votes = '{"1":1,"2":3}' WHERE ballot_id = 2`,
      `Số phiếu tổng hợp (kiểm đếm) của cuộc bầu số 2 «${HAND_BALLOT}» bị sửa ngoài ứng dụng`,
    ],
    [
      'a candidate',
      "UPDATE candidates SET name = 'Trần Thị Bích' WHERE ballot_id = 1 AND number = 2",
      `Người số 2 trong danh sách của cuộc bầu số 1 «${PAPER_BALLOT}» bị sửa ngoài ứng dụng`,
    ],
  ])('names %s edited with a database tool', async (_what, sql, sentence) => {
    const file = tampered(t, clean, `edit-${Math.random().toString(36).slice(2)}.congress`, (db) => db.exec(sql));
    const text = await verifyText(file);
    expect(text.code).toBe(1);
    expect(text.out).toContain('✗ Dữ liệu khác nhật ký ở 1 chỗ:');
    expect(text.out).toContain(sentence);
    expect(text.out).toContain('✓ Nhật ký:'); // the chain itself was not touched
    expect(text.out).toContain('PHÁT HIỆN SAI LỆCH');
  });

  it('names a row deleted and a row added outside the app, by table and key', async () => {
    const file = tampered(t, clean, 'rows.congress', (db) => {
      db.exec('DELETE FROM paper_entries WHERE ballot_id = 1 AND paper = 4');
      db.exec(
        "INSERT INTO attendance (session_id, delegate_id, state, reason, recorded_at) VALUES (1, 6, 'present', NULL, '2026-12-15T08:00:00.000Z')",
      );
    });
    const { code, report } = await verifyJson(file);
    expect(code).toBe(1);
    expect(report.data.differences.map(({ table, key, kind }) => ({ table, key, kind }))).toEqual([
      { table: 'attendance', key: [1, 6], kind: 'extra' },
      { table: 'paper_entries', key: [1, 1, 4], kind: 'missing' },
    ]);
    expect(report.data.differences.map((d) => d.what)).toEqual([
      'Điểm danh của đại biểu DB006 ở phiên số 1 «Phiên chính thức» được thêm vào ngoài ứng dụng (nhật ký không ghi nhận)',
      `Phiếu số 4 (lần nhập 1) của cuộc bầu số 1 «${PAPER_BALLOT}» bị xóa ngoài ứng dụng`,
    ]);
  });

  it('a backup copy (VACUUM INTO, rowids renumbered) verifies: rows are followed by their primary key', async () => {
    const work = t.file('backed-up.congress');
    copyFileSync(clean, work);
    t.engine.open(work);
    const copy = await t.engine.call('backups:create', {});
    t.engine.close();
    const { code, report } = await verifyJson(copy.file);
    expect(report.data.differences).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('the database refuses a rewritten audit', () => {
  it('INSERT OR REPLACE of an existing entry is refused by the file itself (REPLACE fires no DELETE trigger)', () => {
    tampered(t, clean, 'replace.congress', (db) => {
      const row = db.prepare('SELECT * FROM audit WHERE id = 3').get() as Record<string, unknown>;
      const cols = Object.keys(row);
      const forged = { ...row, after: '{"forged":true}' };
      const replace = db.prepare(`INSERT OR REPLACE INTO audit (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
      expect(() => replace.run(forged)).toThrow(/append-only/);
      expect((db.prepare('SELECT after FROM audit WHERE id = 3').get() as { after: string }).after).toBe(row.after);
    });
  });

  it('an entry that does not follow the last one is refused', () => {
    tampered(t, clean, 'insert.congress', (db) => {
      const last = db.prepare('SELECT * FROM audit ORDER BY id DESC LIMIT 1').get() as { hash: string };
      const insert = db.prepare(
        `INSERT INTO audit (at, action, entity, prev_hash, hash, rule, changes) VALUES ('2026-12-15T09:00:00Z', 'x', 'x', ?, ?, 2, '[]')`,
      );
      expect(() => insert.run('f'.repeat(64), 'e'.repeat(64))).toThrow(/append-only/);
      // and going back to the old rule (which covers no rows) is refused even when linked right
      expect(() =>
        db.prepare(`INSERT INTO audit (at, action, entity, prev_hash, hash, rule) VALUES ('t', 'x', 'x', ?, 'h', 1)`).run(last.hash),
      ).toThrow(/append-only/);
    });
  });
});

describe('verify: the audit removed or disguised', () => {
  it('an audit wiped to 0 entries (triggers dropped, rows deleted) is broken: the congress has rows no entry covers', async () => {
    const file = tampered(t, clean, 'wiped.congress', (db) => {
      const sql = triggerSql(db);
      dropTriggers(db);
      db.exec('DELETE FROM audit');
      for (const s of sql) db.exec(s); // even with the triggers put back exactly
    });
    const text = await verifyText(file);
    expect(text.code).toBe(1);
    expect(text.out).toContain('✗ Nhật ký: 0 mục, trong khi tệp có dữ liệu: nhật ký đã bị xóa ngoài ứng dụng');
    expect(text.out).toMatch(/Dữ liệu khác nhật ký ở [\d.]+ chỗ/);
    expect(text.out).toContain('Đại biểu DB001 được thêm vào ngoài ứng dụng');
    expect(text.out).toContain('PHÁT HIỆN SAI LỆCH');
  });

  it('triggers with the right names but another body are reported', async () => {
    const file = tampered(t, clean, 'dummy.congress', (db) => {
      dropTriggers(db);
      for (const name of ['audit_no_update', 'audit_no_delete', 'audit_no_replace', 'audit_follows_last']) {
        db.exec(`CREATE TRIGGER ${name} BEFORE UPDATE ON audit WHEN 0 BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END`);
      }
    });
    const { code, report } = await verifyJson(file);
    expect(code).toBe(1);
    expect(report.missingTriggers).toEqual([]);
    expect([...report.alteredTriggers].sort()).toEqual(['audit_follows_last', 'audit_no_delete', 'audit_no_replace', 'audit_no_update']);
    expect((await verifyText(file)).out).toContain('Ràng buộc của nhật ký bị thay bằng nội dung khác (tên giữ nguyên): audit_no_update');
  });

  it('a trigger the app never made is reported', async () => {
    const file = tampered(t, clean, 'extra-trigger.congress', (db) => {
      db.exec(
        "CREATE TRIGGER quiet_fix AFTER INSERT ON paper_entries BEGIN UPDATE paper_entries SET struck = '' WHERE rowid = NEW.rowid; END",
      );
    });
    const { code, report } = await verifyJson(file);
    expect(code).toBe(1);
    expect(report.unexpectedTriggers).toEqual(['quiet_fix']);
  });

  it('a table the app never made, and an audit stripped of its row lists, are reported (and verify still answers)', async () => {
    const extra = tampered(t, clean, 'extra-table.congress', (db) =>
      db.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('x')"),
    );
    const a = await verifyJson(extra);
    expect(a.code).toBe(1);
    expect(a.report.schemaProblems).toEqual(['bảng «notes» không do ứng dụng tạo']);
    const stripped = tampered(t, clean, 'stripped.congress', (db) => {
      dropTriggers(db);
      db.exec('ALTER TABLE audit DROP COLUMN changes');
    });
    const b = await verifyJson(stripped);
    expect(b.code).toBe(1);
    expect(b.report.schemaProblems).toEqual(['bảng «audit» thiếu cột «changes»']);
    expect((await verifyText(stripped)).out).toContain('✗ Cấu trúc tệp bị sửa ngoài ứng dụng: bảng «audit» thiếu cột «changes»');
  });

  it('a cut-off tail: --head with the printed code fails, and says where a kept head was found', async () => {
    const { report } = await verifyJson(clean);
    const head = report.head!;
    const printed = `${head.slice(0, 4)} ${head.slice(4, 8)} ${head.slice(8, 12)} ${head.slice(12, 16)}`;
    const ok = await verifyText(clean, '--head', printed);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain(`✓ Mã xác thực ${printed} có ở mục thứ ${report.auditEntries} trên ${report.auditEntries}`);

    // the last entry removed, and its row put back as it was before it (the vote reopened as open)
    const cut = tampered(t, clean, 'cut.congress', (db) => {
      const sql = triggerSql(db);
      dropTriggers(db);
      db.exec('DELETE FROM audit WHERE id = (SELECT max(id) FROM audit)');
      db.exec(
        "UPDATE votes SET state = 'open', votes_for = NULL, votes_against = NULL, votes_abstain = NULL, closed_at = NULL WHERE id = 1",
      );
      for (const s of sql) db.exec(s);
    });
    const without = await verifyJson(cut);
    expect(without.report.auditEntries).toBe(report.auditEntries - 1);
    const anchored = await verifyText(cut, '--head', printed);
    expect(anchored.code).toBe(1);
    expect(anchored.out).toContain(`✗ Không tìm thấy mã xác thực ${printed} trong nhật ký: nhật ký đã bị cắt bớt hoặc viết lại`);
  });

  it('an older copy of the file passes on its own, and --head with a later code refuses it', async () => {
    const older = clean;
    const work = t.file('later.congress');
    copyFileSync(clean, work);
    t.engine.open(work);
    await t.engine.call('ballots:publish', { id: 1 });
    t.engine.close();
    const later = (await verifyJson(work)).report;
    expect((await verifyJson(older)).code).toBe(0);
    const r = await verifyJson(older, '--head', later.head!.slice(0, 16));
    expect(r.code).toBe(1);
    expect(r.report.anchor).toEqual({ given: later.head!.slice(0, 16), entry: null, intact: false });
    expect((await verifyJson(work, '--head', later.head!)).report.anchor).toMatchObject({ entry: later.auditEntries, intact: true });
  });

  it('refuses a --head that is not a code, in Vietnamese and English, before reading the file', () => {
    for (const given of ['12ab', 'xyz0123456789abcdef', '']) {
      let refused: unknown;
      try {
        verifyCongressFile(clean, { head: given });
      } catch (error) {
        refused = error;
      }
      expect(refused).toMatchObject({ code: 'INVALID_INPUT', key: 'verify.headInvalid' });
      expect(errorText(refused as AppError)).toContain('ít nhất 16 chữ số hệ 16');
      expect(errorText(refused as AppError, 'en')).toContain('at least 16 hex digits');
    }
  });
});
