/**
 * The differences verify finds, said as a counting board says them: "phiếu số 12 (lần nhập 1) của
 * cuộc bầu số 1 bị sửa ngoài ứng dụng", "điểm danh của đại biểu DB012 ở phiên số 1 …".
 */
import type Database from 'better-sqlite3';
import { formatCount } from '../../shared/domain/format';
import type { Difference, DifferenceKind } from './audit-replay';

const VERB: Record<DifferenceKind, string> = {
  changed: 'bị sửa ngoài ứng dụng',
  missing: 'bị xóa ngoài ứng dụng',
  extra: 'được thêm vào ngoài ứng dụng (nhật ký không ghi nhận)',
};

/** Names read from the file as it is, so a row is named even when its neighbours were edited. */
class Names {
  private readonly cache = new Map<string, string | null>();
  constructor(private readonly db: Database.Database) {}

  private lookup(sql: string, id: unknown): string | null {
    const k = `${sql}\u0000${String(id)}`;
    if (!this.cache.has(k)) {
      let value: string | null;
      try {
        value = (this.db.prepare(sql).pluck().get(id) as string | undefined) ?? null;
      } catch {
        value = null; // a table or column missing from a tampered file: the number alone is said
      }
      this.cache.set(k, value);
    }
    return this.cache.get(k)!;
  }

  delegate(id: unknown): string {
    const code = this.lookup('SELECT code FROM delegates WHERE id = ?', id);
    return code ? `đại biểu ${code}` : `đại biểu (số nội bộ ${String(id)})`;
  }
  ballot(id: unknown): string {
    const title = this.lookup('SELECT title FROM ballots WHERE id = ?', id);
    return title ? `cuộc bầu số ${String(id)} «${title}»` : `cuộc bầu số ${String(id)}`;
  }
  titled(sql: string, label: string, id: unknown): string {
    const title = this.lookup(sql, id);
    return title ? `${label} số ${String(id)} «${title}»` : `${label} số ${String(id)}`;
  }
}

type Subject = (key: unknown[], names: Names) => string;

const SUBJECTS: Record<string, Subject> = {
  paper_entries: ([ballot, pass, paper], n) => `phiếu số ${String(paper)} (lần nhập ${String(pass)}) của ${n.ballot(ballot)}`,
  paper_resolutions: ([ballot, paper], n) => `quyết định của Ban kiểm phiếu về phiếu số ${String(paper)} của ${n.ballot(ballot)}`,
  ballot_aggregates: ([ballot], n) => `số phiếu tổng hợp (kiểm đếm) của ${n.ballot(ballot)}`,
  candidates: ([ballot, number], n) => `người số ${String(number)} trong danh sách của ${n.ballot(ballot)}`,
  ballots: ([id], n) => n.ballot(id),
  delegates: ([id], n) => n.delegate(id),
  attendance: ([session, delegate], n) =>
    `điểm danh của ${n.delegate(delegate)} ở ${n.titled('SELECT title FROM sessions WHERE id = ?', 'phiên', session)}`,
  votes: ([id], n) => n.titled('SELECT question FROM votes WHERE id = ?', 'cuộc biểu quyết', id),
  sessions: ([id], n) => n.titled('SELECT title FROM sessions WHERE id = ?', 'phiên', id),
  congress: () => 'thông tin chung của đại hội',
  settings: ([key]) => `thiết lập «${String(key)}»`,
  agenda_steps: ([id], n) => n.titled('SELECT title FROM agenda_steps WHERE id = ?', 'bước chương trình', id),
  agenda_speakers: ([id], n) => n.titled('SELECT name FROM agenda_speakers WHERE id = ?', 'người phát biểu', id),
  agenda_timer: () => 'đồng hồ đếm giờ của hội trường',
};

export interface DescribedDifference extends Difference {
  /** The whole sentence, in Vietnamese. */
  what: string;
}

export function describeDifferences(db: Database.Database, differences: readonly Difference[]): DescribedDifference[] {
  const names = new Names(db);
  return differences.map((d) => {
    const subject = Object.hasOwn(SUBJECTS, d.table)
      ? SUBJECTS[d.table]!(d.key, names)
      : `dòng ${JSON.stringify(d.key)} của bảng «${d.table}»`;
    return { ...d, what: `${subject[0]!.toLocaleUpperCase('vi')}${subject.slice(1)} ${VERB[d.kind]}` };
  });
}

const TABLE_WORDS: Record<string, string> = {
  paper_entries: 'phiếu đã nhập',
  paper_resolutions: 'quyết định về phiếu không khớp',
  ballot_aggregates: 'số phiếu tổng hợp',
  candidates: 'người trong danh sách bầu',
  ballots: 'cuộc bầu',
  delegates: 'đại biểu',
  attendance: 'điểm danh',
  votes: 'biểu quyết',
  sessions: 'phiên',
  congress: 'thông tin đại hội',
  settings: 'thiết lập',
  agenda_steps: 'bước chương trình',
  agenda_speakers: 'người phát biểu',
  agenda_timer: 'đồng hồ đếm giờ',
};

/** "đại biểu: 3 dòng bị sửa, 1 dòng bị xóa": per table, when there are too many to list one by one. */
export function summarizeDifferences(differences: readonly Difference[]): string[] {
  const byTable = new Map<string, Record<DifferenceKind, number>>();
  for (const d of differences) {
    const counts = byTable.get(d.table) ?? { changed: 0, missing: 0, extra: 0 };
    counts[d.kind]++;
    byTable.set(d.table, counts);
  }
  const short: Record<DifferenceKind, string> = { changed: 'bị sửa', missing: 'bị xóa', extra: 'được thêm' };
  return [...byTable].map(([table, counts]) => {
    const parts = (Object.keys(short) as DifferenceKind[])
      .filter((k) => counts[k] > 0)
      .map((k) => `${formatCount(counts[k])} dòng ${short[k]}`);
    return `${Object.hasOwn(TABLE_WORDS, table) ? TABLE_WORDS[table]! : `bảng «${table}»`}: ${parts.join(', ')}`;
  });
}
