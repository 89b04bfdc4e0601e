/**
 * A counted congress for the audit tests, and the tampering tools of someone with a database tool:
 * a raw better-sqlite3 connection on a copy of the file, and `verify` run as the CLI runs it.
 */
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { runCli } from '../../../main/cli/index';
import type { VerifyReport } from '../../../main/db/verify';
import { congressWith, names, settings } from '../ballots/ballot-setup';
import type { TempEngine } from '../../helpers/temp-engine';

export const PAPER_BALLOT = 'Hiệp thương cử Ủy ban MTTQ Việt Nam phường thử khóa I';
export const HAND_BALLOT = 'Bầu đại biểu dự Đại hội cấp trên';
export const QUESTION = 'Thông qua chương trình Đại hội';

/**
 * Six delegates, four checked in; ballot 1 on paper (3 names, 2 seats, 4 papers, counted); ballot 2
 * counted by hand (an aggregate); vote 1 closed. The file is closed when this returns.
 */
export async function countedCongress(t: TempEngine): Promise<string> {
  await congressWith(t, 6, 4);
  const paper = await t.engine.call('ballots:create', settings({ title: PAPER_BALLOT, seats: 2, seatsApproved: 2 }));
  await t.engine.call('ballots:setCandidates', { id: paper.id, candidates: names('Lê Văn An', 'Trần Thị Bình', 'Phạm Văn Cường') });
  await t.engine.call('ballots:open', { id: paper.id });
  for (const [i, struck] of [[1], [2], [3], []].entries()) {
    await t.engine.call('papers:record', { ballotId: paper.id, pass: 1, paper: i + 1, numbers: struck, invalid: null });
  }
  await t.engine.call('ballots:count', { id: paper.id });
  const hands = await t.engine.call(
    'ballots:create',
    settings({ title: HAND_BALLOT, method: 'hands_per_name', seats: 1, seatsApproved: 1 }),
  );
  await t.engine.call('ballots:setCandidates', { id: hands.id, candidates: names('Hoàng Văn Dũng', 'Ngô Thị Hoa') });
  await t.engine.call('ballots:open', { id: hands.id });
  await t.engine.call('ballots:aggregate', { ballotId: hands.id, valid: 4, invalid: 0, votes: { 1: 3, 2: 1 } });
  const vote = await t.engine.call('votes:create', { question: QUESTION });
  await t.engine.call('votes:record', { id: vote.id, counts: { for: 4, against: 0, abstain: 0 }, close: true });
  await t.engine.call('congress:close', {});
  return t.file('c.congress');
}

/** A copy of `clean` changed by `work` on a raw connection: what a database tool would do. */
export function tampered(t: TempEngine, clean: string, name: string, work: (db: Database.Database) => void): string {
  const file = t.file(name);
  copyFileSync(clean, file);
  const db = new Database(file);
  try {
    work(db);
  } finally {
    db.close();
  }
  return file;
}

export async function verifyText(file: string, ...extra: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await runCli(['verify', file, ...extra], (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

export async function verifyJson(file: string, ...extra: string[]): Promise<{ code: number; report: VerifyReport }> {
  const lines: string[] = [];
  const code = await runCli(['verify', file, '--json', ...extra], (l) => lines.push(l));
  return { code, report: JSON.parse(lines.join('')) as VerifyReport };
}

/** The audit triggers as the file holds them, to put back exactly after a rewrite. */
export function triggerSql(db: Database.Database): string[] {
  return db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[];
}

export function dropTriggers(db: Database.Database): void {
  for (const name of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[])
    db.exec(`DROP TRIGGER "${name}"`);
}
