/**
 * The composition of the delegates for the credentials report (báo cáo thẩm tra tư cách đại biểu,
 * docs/rules.md step 5): official delegates only, counted among those summoned and those present, each
 * as a count and a percentage; age at the congress date (average, youngest and oldest by name).
 */
import { type AttendanceState, isEthnicMinority, isReligious } from './attendance';
import type { Delegate } from './delegate';
import { birthSpan } from './election';

export interface CompositionRow {
  label: string;
  summoned: number;
  present: number;
  /** A heading row groups the rows under it (e.g. "Trình độ học vấn"). */
  heading?: boolean;
}

export interface AgeFact {
  name: string;
  age: number;
}

export interface Credentials {
  summoned: number;
  present: number;
  absentWithReason: number;
  absentWithoutReason: number;
  /** Reasons given, as "Name: reason". */
  reasons: string[];
  rows: CompositionRow[];
  /** Average age of the delegates present, in tenths of a year (475 = 47,5). */
  averageAgeTenths: number | null;
  /** Everyone no other delegate present is surely younger than (two born the same day are both here). */
  youngest: AgeFact[];
  /** Everyone no other delegate present is surely older than. */
  oldest: AgeFact[];
}

/** Whole years between a birth date (ISO or year) and a day (ISO); null when unknown. */
export function ageOn(birthDate: string | null, day: string): number | null {
  if (!birthDate) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [dy, dm, dd] = day.slice(0, 10).split('-').map(Number);
  if (!by || !dy) return null;
  if (!bm || !bd) return dy - by; // only the year is known
  return dy - by - ((dm ?? 1) * 100 + (dd ?? 1) < bm * 100 + bd ? 1 : 0);
}

const KIND_LABELS = {
  ex_officio: 'Đại biểu đương nhiên',
  nominated: 'Đại biểu được cử (hiệp thương cử)',
  appointed: 'Đại biểu chỉ định',
} as const;

export function credentials(
  delegates: readonly Delegate[],
  states: ReadonlyMap<number, { state: AttendanceState; reason: string | null }>,
  day: string,
): Credentials {
  const official = delegates.filter((d) => d.status === 'official');
  const isPresent = (d: Delegate) => states.get(d.id)?.state === 'present';
  const present = official.filter(isPresent);
  const row = (label: string, test: (d: Delegate) => boolean): CompositionRow => ({
    label,
    summoned: official.filter(test).length,
    present: present.filter(test).length,
  });
  const rows: CompositionRow[] = [
    ...Object.entries(KIND_LABELS).map(([kind, label]) => row(label, (d) => d.kind === kind)),
    row('Nữ', (d) => d.gender === 'female'),
    row('Đảng viên', (d) => d.partyMember === true),
    row('Ngoài Đảng', (d) => d.partyMember === false),
    row('Dân tộc thiểu số', isEthnicMinority),
    row('Tôn giáo', isReligious),
    row('Dưới 35 tuổi', (d) => (ageOn(d.birthDate, day) ?? -1) >= 0 && ageOn(d.birthDate, day)! < 35),
    row('Từ 35 đến 60 tuổi', (d) => ageOn(d.birthDate, day) !== null && ageOn(d.birthDate, day)! >= 35 && ageOn(d.birthDate, day)! <= 60),
    row('Trên 60 tuổi', (d) => (ageOn(d.birthDate, day) ?? -1) > 60),
  ];
  const educations = [...new Set(official.map((d) => d.education?.trim()).filter((e): e is string => Boolean(e)))].sort((a, b) =>
    a.localeCompare(b, 'vi'),
  );
  if (educations.length > 0) {
    rows.push({ label: 'Trình độ học vấn, chuyên môn', summoned: 0, present: 0, heading: true });
    for (const e of educations) rows.push(row(e, (d) => d.education?.trim() === e));
  }
  const aged = present
    .map((d) => ({ name: d.fullName, age: ageOn(d.birthDate, day), span: birthSpan(d.birthDate) }))
    .filter((a): a is AgeFact & { span: ReturnType<typeof birthSpan> } => a.age !== null);
  // by birth date, not by whole years: of two aged 27 the one born later is the younger; a bare year is
  // the whole year, so it ties with any day of it (the reasoning of the `older` tie rule, election.ts)
  const latest = Math.max(...aged.map((a) => a.span.lo));
  const earliest = Math.min(...aged.map((a) => a.span.hi));
  const fact = ({ name, age }: AgeFact): AgeFact => ({ name, age });
  const sum = aged.reduce((s, a) => s + a.age, 0);
  const absent = official.filter((d) => !isPresent(d));
  const excused = absent.filter((d) => states.get(d.id)?.state === 'absent_excused');
  return {
    summoned: official.length,
    present: present.length,
    absentWithReason: excused.length,
    absentWithoutReason: absent.length - excused.length,
    reasons: excused.map((d) => `${d.fullName}${states.get(d.id)?.reason ? `: ${states.get(d.id)!.reason}` : ''}`),
    rows,
    // tenths, rounded half-up in integers
    averageAgeTenths: aged.length ? Math.floor((sum * 20 + aged.length) / (2 * aged.length)) : null,
    youngest: aged.filter((a) => a.span.hi >= latest).map(fact),
    oldest: aged.filter((a) => a.span.lo <= earliest).map(fact),
  };
}
