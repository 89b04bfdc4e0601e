import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { AppError } from '../../shared/contract/result';
import { walkAudit } from './audit';
import { AuditReplay, type BaselineFinding } from './audit-replay';
import { APPLICATION_ID } from './connection';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index';
import { checkKeptImages, type ImagesReport } from './verify-images';
import { type DescribedDifference, describeDifferences } from './verify-words';

/** ok: every check holds; not_covered: nothing wrong found, but the file predates row-level audit; broken: something differs. */
export type Verdict = 'ok' | 'not_covered' | 'broken';

export interface VerifyReport {
  file: string;
  /** PRAGMA integrity_check: ['ok'] or SQLite's list of problems. */
  integrity: string[];
  schemaVersion: number;
  auditEntries: number;
  /** The hash of the last entry (null for an empty audit): what signed documents quote. */
  head: string | null;
  /** Audit rows whose hash, link to the previous row or hash rule does not hold. */
  brokenAuditRows: number[];
  /** Triggers of the schema (compared by their SQL text): gone, replaced by other text, or added. */
  missingTriggers: string[];
  alteredTriggers: string[];
  unexpectedTriggers: string[];
  /** Tables or columns that the migrations up to the file's version do not make, or that are gone (Vietnamese). */
  schemaProblems: string[];
  data: {
    /** The audit follows every row (from `coveredFrom`); false for a file from before schema 5 not opened since. */
    covered: boolean;
    coveredFrom: number | null;
    differences: DescribedDifference[];
    /** Differences a migration's baseline found already there when it was written. */
    baselineFindings: (Omit<BaselineFinding, 'differences'> & { differences: DescribedDifference[] })[];
  };
  /** The kept scan images beside the file: each there, with the SHA-256 its sheets recorded (docs/scanning.md). */
  images: ImagesReport;
  /** `--head`: where the given hash is in the chain (1-based entry), and whether the chain up to it holds. */
  anchor?: { given: string; entry: number | null; intact: boolean };
  verdict: Verdict;
  ok: boolean;
}

const TRIGGER_SQL = /CREATE TRIGGER (\w+)[\s\S]*?\bEND;/g;
const normalSql = (sql: string) => sql.replace(/\s+/g, ' ').replace(/;\s*$/, '').trim();

/** The triggers the migrations up to `version` create, by name, as SQL text. */
function expectedTriggers(version: number): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of MIGRATIONS.filter((x) => x.version <= version)) {
    for (const match of m.sql.matchAll(TRIGGER_SQL)) out.set(match[1]!, normalSql(match[0]));
  }
  return out;
}

function checkTriggers(
  db: Database.Database,
  version: number,
): Pick<VerifyReport, 'missingTriggers' | 'alteredTriggers' | 'unexpectedTriggers'> {
  const expected = expectedTriggers(version);
  const actual = new Map(
    (db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as { name: string; sql: string | null }[]).map((t) => [
      t.name,
      normalSql(t.sql ?? ''),
    ]),
  );
  return {
    missingTriggers: [...expected.keys()].filter((n) => !actual.has(n)),
    alteredTriggers: [...expected].filter(([n, sql]) => actual.has(n) && actual.get(n) !== sql).map(([n]) => n),
    unexpectedTriggers: [...actual.keys()].filter((n) => !expected.has(n)),
  };
}

const TABLE_SQL = /CREATE TABLE (\w+)/g;
const COLUMN_SQL = /ALTER TABLE (\w+) ADD COLUMN (\w+)/g;

/** The tables and added columns against what the migrations up to `version` make. */
function checkSchema(db: Database.Database, version: number): string[] {
  const tables = new Set<string>();
  const added: [string, string][] = [];
  for (const m of MIGRATIONS.filter((x) => x.version <= version)) {
    for (const match of m.sql.matchAll(TABLE_SQL)) tables.add(match[1]!);
    for (const match of m.sql.matchAll(COLUMN_SQL)) added.push([match[1]!, match[2]!]);
  }
  const actual = new Set(
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").pluck().all() as string[],
  );
  const problems = [...actual].filter((n) => !tables.has(n)).map((n) => `bảng «${n}» không do ứng dụng tạo`);
  problems.push(...[...tables].filter((n) => !actual.has(n)).map((n) => `thiếu bảng «${n}»`));
  for (const [table, column] of added) {
    const has = actual.has(table) && db.prepare(`SELECT 1 FROM pragma_table_info(?) WHERE name = ?`).get(table, column) !== undefined;
    if (actual.has(table) && !has) problems.push(`bảng «${table}» thiếu cột «${column}»`);
  }
  return problems;
}

/** `--head`: a full hash or its first ≥ 16 hex digits, spaces and dashes allowed (as printed in groups). */
export function parseHead(text: string): string {
  const hex = text.replace(/[\s-]/g, '').toLowerCase();
  if (!/^[0-9a-f]{16,64}$/.test(hex)) {
    throw AppError.of('INVALID_INPUT', 'verify.headInvalid', { text });
  }
  return hex;
}

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/**
 * Checks a congress file without changing it (read-only: no migration, no recovery written back):
 * the database's integrity, the audit chain under each entry's hash rule, the schema's triggers by
 * their text, every data row against the rows the audit entries list (SECURITY.md), and the kept scan
 * images beside the file against their recorded SHA-256 (docs/scanning.md). With `head`,
 * also that the chain still holds that entry. Throws a bilingual AppError when the file cannot be
 * read as a congress at all.
 */
export function verifyCongressFile(file: string, options: { head?: string } = {}): VerifyReport {
  const head = options.head === undefined ? undefined : parseHead(options.head);
  if (!existsSync(file)) throw AppError.of('FILE_NOT_FOUND', 'file.notFound', { path: file });
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 });
  try {
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
      throw AppError.of('FILE_NOT_CONGRESS', 'verify.notCongress', { path: file });
    }
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > SCHEMA_VERSION) {
      throw AppError.of('FILE_FROM_NEWER_APP', 'verify.fromNewerApp', { path: file, version: String(schemaVersion) });
    }
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    const replay = new AuditReplay();
    // the entry holding the given head, and the first entry that does not hold (null: none)
    const at = { found: null as number | null, firstBroken: null as number | null };
    const chain = hasTable(db, 'audit')
      ? walkAudit(db, (link) => {
          replay.visit(link);
          if (!link.intact) at.firstBroken ??= link.entry;
          if (head !== undefined && at.found === null && link.row.hash.startsWith(head)) at.found = link.entry;
        })
      : { entries: 0, broken: [], head: null };
    const triggers = checkTriggers(db, schemaVersion);
    const schemaProblems = checkSchema(db, schemaVersion);
    const images = checkKeptImages(db, file);
    const differences = replay.covered ? describeDifferences(db, replay.compare(db)) : [];
    const anchor =
      head === undefined
        ? undefined
        : { given: head, entry: at.found, intact: at.found !== null && (at.firstBroken === null || at.firstBroken > at.found) };
    const broken =
      !(integrity.length === 1 && integrity[0] === 'ok') ||
      chain.broken.length > 0 ||
      triggers.missingTriggers.length + triggers.alteredTriggers.length + triggers.unexpectedTriggers.length > 0 ||
      schemaProblems.length > 0 ||
      images.problems.length > 0 ||
      differences.length > 0 ||
      replay.findings.length > 0 ||
      (anchor !== undefined && !anchor.intact);
    const verdict: Verdict = broken ? 'broken' : replay.covered ? 'ok' : 'not_covered';
    return {
      file,
      integrity,
      schemaVersion,
      auditEntries: chain.entries,
      head: chain.head,
      brokenAuditRows: chain.broken,
      ...triggers,
      schemaProblems,
      data: {
        covered: replay.covered,
        coveredFrom: replay.coveredFrom,
        differences,
        baselineFindings: replay.findings.map((f) => ({ ...f, differences: describeDifferences(db, f.differences) })),
      },
      images,
      ...(anchor ? { anchor } : {}),
      verdict,
      ok: verdict === 'ok',
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY')) {
      throw AppError.of('FILE_LOCKED', 'verify.locked', { path: file });
    }
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
      throw AppError.of('FILE_DAMAGED', 'verify.damaged', { path: file, detail: (error as Error).message });
    }
    throw error;
  } finally {
    db.close();
  }
}
