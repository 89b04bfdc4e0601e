import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { generateDemoRoster } from '../../../main/demo/demo-roster';
import { writeRosterCsv, writeRosterXlsx } from '../../../main/demo/roster-file';
import type { DelegateInput } from '../../../shared/domain/delegate';
import { DELEGATE_KINDS, DELEGATE_STATUSES } from '../../../shared/domain/delegate';
import { readRoster } from './build-files';

const delegatesOf = async (bytes: Uint8Array, fileName: string) =>
  (await readRoster(bytes, fileName)).rows.map((r) => r.delegate ?? r.errors);

describe('roster round trip: what the writer writes, the reader reads back', () => {
  const roster = generateDemoRoster();

  it('demo roster → xlsx (Excel dates) → the same delegates, codes included', async () => {
    const bytes = await writeRosterXlsx(roster);
    const preview = await readRoster(bytes, 'demo.xlsx');
    expect(preview).toMatchObject({ headerRow: 3, validCount: roster.length, errorCount: 0 });
    expect(preview.rows.map((r) => r.row)).toEqual(roster.map((_, i) => i + 4));
    expect(preview.rows.map((r) => r.delegate)).toEqual(roster);
  });

  it('demo roster → xlsx with dates typed as text, and → csv in every encoding', async () => {
    expect(await delegatesOf(await writeRosterXlsx(roster, { dates: 'text' }), 'a.xlsx')).toEqual(roster);
    expect(await delegatesOf(await writeRosterCsv(roster), 'a.csv')).toEqual(roster);
    expect(await delegatesOf(await writeRosterCsv(roster, { encoding: 'windows-1258', delimiter: ';' }), 'b.csv')).toEqual(roster);
    expect(await delegatesOf(await writeRosterCsv(roster, { encoding: 'utf-16le', delimiter: '\t' }), 'c.txt')).toEqual(roster);
  });

  it('10,000-row xlsx (timing printed, not asserted)', async () => {
    const big = generateDemoRoster(10_000, 42);
    const bytes = await writeRosterXlsx(big);
    const start = performance.now();
    const preview = await readRoster(bytes, 'big.xlsx');
    const elapsed = performance.now() - start;
    console.log(`readRoster: 10,000-row xlsx (${Math.round(bytes.length / 1024)} KB) in ${elapsed.toFixed(0)} ms`);
    expect(preview.validCount).toBe(10_000);
    expect(preview.rows[9_999]!.delegate).toEqual(big[9_999]);
  });
});

// ---------------------------------------------------------------- property

/** Vietnamese syllables: onset + one vowel (any tone) + coda, as real names are built. */
const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'h', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 's', 't', 'th', 'tr', 'v', 'x'];
const VOWELS = [...'aáàảãạăắằẳẵặâấầẩẫậeéèẻẽẹêếềểễệiíìỉĩịoóòỏõọôốồổỗộơớờởỡợuúùủũụưứừửữựyýỳỷỹỵ'];
const CODAS = ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't', 'i', 'o', 'u'];
const syllable = fc.tuple(fc.constantFrom(...ONSETS), fc.constantFrom(...VOWELS), fc.constantFrom(...CODAS)).map(([o, v, c]) => o + v + c);
const word = fc.tuple(syllable, fc.boolean()).map(([s, cap]) => (cap ? s[0]!.toUpperCase() + s.slice(1) : s));
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));
/** Name words are capitalised; a first word "Họ"/"Tổng"… would make it a header or a totals line. */
const name = fc
  .array(
    syllable.map((s) => s[0]!.toUpperCase() + s.slice(1)),
    { minLength: 2, maxLength: 5 },
  )
  .map((w) => w.join(' '))
  .filter((n) => !/^(Họ|Tổng|Cộng|Danh|Người|Ấn)\b/u.test(n));
const text = (max: number) =>
  fc.option(
    fc
      .oneof(
        words(1, 6),
        fc.tuple(words(1, 3), fc.nat(99)).map(([w, n]) => `${w} ${n}`),
      )
      .filter((t) => t.length <= max),
    { nil: null },
  );

const pad = (n: number) => String(n).padStart(2, '0');
/** Full dates from 1920 (an Excel date cell in early 1905 is read as a year: see roster-xlsx test). */
const birthDate = fc.option(
  fc.oneof(
    fc.integer({ min: 1900, max: 2024 }).map(String),
    fc
      .date({ min: new Date('1920-01-01T00:00:00Z'), max: new Date('2024-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`),
  ),
  { nil: null },
);

const delegate = (code: string | null): fc.Arbitrary<DelegateInput> =>
  fc.record({
    code: fc.constant(code),
    fullName: name,
    gender: fc.constantFrom('male' as const, 'female' as const, null),
    birthDate,
    ethnicity: text(100),
    religion: text(100),
    // A Party column is "x" or empty, so unknown (null) cannot be written: only yes or no.
    partyMember: fc.boolean(),
    education: text(200),
    position: text(500),
    unit: text(500),
    group: text(100),
    seat: fc.option(fc.stringMatching(/^[A-Z]?\d{1,3}$/), { nil: null }),
    kind: fc.constantFrom(...DELEGATE_KINDS, null),
    status: fc.constantFrom(...DELEGATE_STATUSES),
  });

/** Codes unique in the file (or absent), as a valid roster has them. */
const roster = fc
  .uniqueArray(fc.option(fc.stringMatching(/^[A-Z]{0,3}\d{1,5}$/), { nil: null }), {
    minLength: 1,
    maxLength: 12,
    selector: (c) => c ?? Symbol('no code'),
  })
  .chain((codes) => fc.tuple(...codes.map((c) => delegate(c))));

describe('roster round trip, property', () => {
  it('random valid delegates survive xlsx and csv', async () => {
    await fc.assert(
      fc.asyncProperty(
        roster,
        fc.constantFrom('date' as const, 'text' as const),
        fc.constantFrom(',' as const, ';' as const),
        async (delegates, dates, delimiter) => {
          expect(await delegatesOf(await writeRosterXlsx(delegates, { dates }), 'p.xlsx')).toEqual(delegates);
          expect(await delegatesOf(await writeRosterCsv(delegates, { delimiter }), 'p.csv')).toEqual(delegates);
        },
      ),
      { numRuns: 60 },
    );
  });
});
