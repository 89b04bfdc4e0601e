/**
 * The order of names on lists and ballot papers (docs/ballots.md): Vietnamese alphabetical
 * order keyed on the given name (last word), then the family name (first word), then the middle names;
 * identical names by earlier birth date, with the birth date printed beside them.
 *
 * Letters and tones come from ICU's `vi` collation: letters are compared before tone marks (a ă â, d đ,
 * o ô ơ, u ư are letters), tone order none, huyền, hỏi, ngã, sắc, nặng. tests/unit/ballot checks that the
 * runtime we ship really does this. NFD and NFC input compare equal (canonical equivalence).
 */
import { birthSpan } from './election';
import { normalizeText, splitVietnameseName } from './vietnamese-text';

const collator = new Intl.Collator('vi');

interface Named {
  name: string;
  birthDate: string | null;
}

interface SortKey {
  given: string;
  family: string;
  middle: string;
  birth: { lo: number; hi: number };
}

function sortKey(c: Named): SortKey {
  const { family, middle, given } = splitVietnameseName(c.name);
  return { given, family, middle, birth: birthSpan(c.birthDate) };
}

const order = (x: number, y: number): number => (x < y ? -1 : x > y ? 1 : 0);

function compareKeys(a: SortKey, b: SortKey): number {
  return (
    collator.compare(a.given, b.given) ||
    collator.compare(a.family, b.family) ||
    collator.compare(a.middle, b.middle) ||
    // earlier first: by the first day the date may denote (a year-only date: its 1 January), then the
    // last; unknown dates last
    order(a.birth.lo === -Infinity ? Infinity : a.birth.lo, b.birth.lo === -Infinity ? Infinity : b.birth.lo) ||
    order(a.birth.hi, b.birth.hi)
  );
}

export function compareCandidates(a: Named, b: Named): number {
  return compareKeys(sortKey(a), sortKey(b));
}

/** A sorted copy; equal entries keep their input order. */
export function sortCandidates<T extends Named>(list: readonly T[]): T[] {
  const keyed = list.map((item, index) => ({ item, index, key: sortKey(item) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key) || a.index - b.index);
  return keyed.map((k) => k.item);
}

/** Identity of a name for "same name": NFC, spaces collapsed, case folded; diacritics count. */
function sameNameKey(name: string): string {
  return normalizeText(name).toLocaleLowerCase('vi');
}

/**
 * The names shared by two or more people on the list, whose birth dates the paper must print.
 * Returns each such name as normalised (`normalizeText`), so `result.has(normalizeText(c.name))` tells
 * whether candidate `c` needs it; names differing only in case count as the same.
 */
export function needsBirthDate(list: readonly { name: string }[]): Set<string> {
  const byKey = new Map<string, string[]>();
  for (const { name } of list) {
    const key = sameNameKey(name);
    const names = byKey.get(key);
    if (names) names.push(normalizeText(name));
    else byKey.set(key, [normalizeText(name)]);
  }
  const result = new Set<string>();
  for (const names of byKey.values()) if (names.length > 1) for (const n of names) result.add(n);
  return result;
}
