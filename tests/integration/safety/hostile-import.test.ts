/**
 * Hostile files for the roster and candidate importers (fast-check): whatever arrives, the answer is
 * a preview (every row valid or named with its error) or a refusal of the whole file with a
 * Vietnamese message; never another exception, never a partial write.
 */
import fc from 'fast-check';
import { readCandidates } from '../../../main/import/candidate-reader';
import { ImportFileError } from '../../../main/import/file-error';
import { readRoster } from '../../../main/import/roster-reader';
import { MAX_ROSTER_ROWS } from '../../../shared/domain/file-limits';
import { csv, noise, worded, xlsx, zip } from '../import/build-files';
import { isSharedKey, t } from '../../../shared/i18n/translator';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { deflatedZip } from '../../helpers/zip';
import { errorText } from '../../helpers/error-text';

/** Bidi controls, zero-width characters and C0/C1 controls: none may reach a stored name. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

type Outcome = { refused: ImportFileError } | { preview: Awaited<ReturnType<typeof readRoster>> };

async function roster(bytes: Uint8Array, name = 'danh-sach.xlsx'): Promise<Outcome> {
  try {
    return { preview: await readRoster(bytes, name) };
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error; // anything else is a crash: the property fails
    expect(error.message).toMatch(/Tệp|tệp/);
    return { refused: error };
  }
}

async function candidates(bytes: Uint8Array, name = 'ung-vien.xlsx') {
  try {
    return await readCandidates(bytes, name);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    expect(error.message).toMatch(/Tệp|tệp/);
    return null;
  }
}

/** Text a hostile or careless file may hold: any unicode, controls, bidi marks, formulas, very long runs. */
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '=HYPERLINK("http://evil.example","Bấm vào")',
    "=cmd|' /C calc'!A0",
    '+84 912 345 678',
    '-2+3',
    '@SUM(A1:A2)',
    '\u202EnăV nễyugN',
    'Nguyễn\u200F Văn\u2067 An\u2069',
    'Trần\u0007Thị\u0000Bình',
    'Lê\tVăn\r\nCường',
    'Nguyãn Vàn Hïng', // TCVN3 read as Windows-1252
    'Nguyeãn Vaên Huøng', // VNI
  ),
);

function checkPreview(preview: Awaited<ReturnType<typeof readRoster>>): void {
  expect(preview.validCount + preview.errorCount).toBe(preview.rows.length);
  for (const row of preview.rows) {
    if (row.delegate) {
      expect(row.errors).toEqual([]);
      expect(row.delegate.fullName.length).toBeGreaterThan(0);
      expect(row.delegate.fullName.length).toBeLessThanOrEqual(200);
      for (const value of Object.values(row.delegate)) if (typeof value === 'string') expect(value).not.toMatch(INVISIBLE);
    } else {
      expect(row.errors.length).toBeGreaterThan(0);
      for (const e of row.errors) {
        expect(e.row).toBe(row.row);
        // a key of the catalog, worded whole: no placeholder left unfilled
        expect(isSharedKey(e.key)).toBe(true);
        expect(t('vi', e.key, e.params)).not.toMatch(/[{}]/);
      }
    }
  }
}

describe('roster importer under hostile input', () => {
  it('random bytes under any file name: a preview or a clear refusal', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 0, maxLength: 4096 }),
        fc.constantFrom('ds.xlsx', 'ds.csv', 'ds.txt', 'ds'),
        async (bytes, name) => {
          const r = await roster(bytes, name);
          if ('preview' in r) checkPreview(r.preview);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('random bytes behind a zip signature (a damaged workbook)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 2048 }), async (tail) => {
        const bytes = Buffer.concat([Buffer.from('PK\u0003\u0004xl/workbook.xml', 'latin1'), tail]);
        expect('refused' in (await roster(bytes))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('a workbook cut short anywhere', async () => {
    const whole = await xlsx({
      rows: [
        ['STT', 'Họ và tên', 'Ngày sinh'],
        [1, 'Nguyễn Văn An', '1970'],
        [2, 'Trần Thị Bình', '1982'],
      ],
    });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: whole.length - 1 }), async (cut) => {
        const r = await roster(whole.subarray(0, cut));
        if ('preview' in r) checkPreview(r.preview); // a cut inside trailing padding may still read
      }),
      { numRuns: 60 },
    );
  });

  it('rows of hostile text in CSV and xlsx: each row valid and clean, or named with its error', async () => {
    const rows = fc.array(fc.tuple(hostileText, hostileText, hostileText), { minLength: 1, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(rows, fc.boolean(), async (data, asXlsx) => {
        const table = [['Mã đại biểu', 'Họ và tên', 'Đơn vị'], ...data.map((r) => [...r])];
        const bytes = asXlsx
          ? await xlsx({ rows: table })
          : csv(
              table.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`)),
              'utf-8',
            );
        const r = await roster(bytes, asXlsx ? 'ds.xlsx' : 'ds.csv');
        if ('preview' in r) checkPreview(r.preview);
      }),
      { numRuns: 80 },
    );
  });

  it('a name of 10,000 characters is refused on its row, saying so', async () => {
    const long = `Nguyễn Văn ${'A'.repeat(10_000)}`;
    const r = await roster(
      await xlsx({
        rows: [
          ['STT', 'Họ và tên'],
          [1, long],
          [2, 'Lê Thị Hoa'],
        ],
      }),
    );
    expect('preview' in r && r.preview.validCount).toBe(1);
    if ('preview' in r) expect(worded(r.preview.errors)[0]).toMatchObject({ row: 2, message: expect.stringMatching(/200/) });
  });

  it('right-to-left marks and control characters are removed from names, not stored', async () => {
    const r = await roster(
      await xlsx({
        rows: [
          ['STT', 'Họ và tên'],
          [1, 'Nguyễn\u200F Văn\u2067 An\u2069'],
          [2, 'Trần\u0007 Thị Bình'],
        ],
      }),
    );
    if (!('preview' in r)) throw new Error('refused');
    expect(r.preview.rows.map((x) => x.delegate?.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
  });

  it('formulas: the cached result is read, the formula text is never taken for data', async () => {
    const r = await roster(
      await xlsx({
        rows: [
          ['STT', 'Họ và tên', 'Đơn vị'],
          [
            1,
            { formula: 'CONCATENATE("Lê ","Văn ","Cường")', result: 'Lê Văn Cường' },
            { formula: 'HYPERLINK("http://x","Tổ 1")', result: 'Tổ 1' },
          ],
        ],
      }),
    );
    if (!('preview' in r)) throw new Error('refused');
    expect(r.preview.rows[0]!.delegate).toMatchObject({ fullName: 'Lê Văn Cường', unit: 'Tổ 1' });
  });

  it('legacy TCVN3 and VNI names are converted to Unicode', async () => {
    const r = await roster(
      await xlsx({
        rows: [
          ['STT', 'Họ và tên'],
          [1, 'NguyÔn V¨n Hïng'],
          [2, 'Nguyeãn Vaên Huøng'],
        ],
      }),
    );
    if (!('preview' in r)) throw new Error('refused');
    expect(r.preview.rows.map((x) => x.delegate?.fullName)).toEqual(['Nguyễn Văn Hùng', 'Nguyễn Văn Hùng']);
  });

  it(`a million rows: refused before parsing them all, saying the limit (${MAX_ROSTER_ROWS})`, async () => {
    const lines = ['Mã,Họ và tên'];
    for (let i = 0; i < 1_000_000; i++) lines.push(`${i % 10},An`); // ~6 MB: under the size limit
    const big = Buffer.from(lines.join('\n'));
    const r = await roster(big, 'trieu-dong.csv');
    expect('refused' in r && r.refused.code).toBe('FILE_TOO_LARGE');
    if ('refused' in r) expect(r.refused.message).toMatch(/dòng/);
  });

  it('a million rows in a small xlsx (highly compressed): refused', async () => {
    const row = '<row><c t="inlineStr"><is><t>Nguyễn Văn An</t></is></c></row>';
    const bytes = deflatedZip({
      '[Content_Types].xml': '<Types/>',
      'xl/workbook.xml': '<workbook/>',
      'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${row.repeat(1_000_000)}</sheetData></worksheet>`,
    });
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const r = await roster(bytes);
    expect('refused' in r && r.refused.code).toBe('FILE_TOO_LARGE');
  });

  it('a zip bomb (small file, gigabytes once unpacked, sizes told honestly or not): refused without unpacking', async () => {
    const honest = deflatedZip({ 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': Buffer.alloc(80 * 1024 * 1024, 0x41) });
    expect(honest.length).toBeLessThan(1024 * 1024);
    const r = await roster(honest);
    expect('refused' in r && r.refused.code).toBe('FILE_TOO_LARGE');
    if ('refused' in r) expect(r.refused.message).toMatch(/giải nén|MB/);
    // a stored zip whose directory lies about nothing but holds 4 GB in its size fields
    const lying = zip({ 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': 'x' });
    lying.writeUInt32LE(0xffffffff, lying.length - 22 - 46 - 'xl/worksheets/sheet1.xml'.length + 24);
    expect('refused' in (await roster(lying))).toBe(true);
  });

  it('random noise named .csv is refused, not read as one giant name', async () => {
    expect('refused' in (await roster(noise(8192), 'ds.csv'))).toBe(true);
  });
});

describe('candidate importer under hostile input', () => {
  it('random bytes and hostile rows: a list with row errors, or a clear refusal', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        await candidates(bytes);
      }),
      { numRuns: 80 },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(hostileText, hostileText), { minLength: 1, maxLength: 10 }), async (data) => {
        const list = await candidates(await xlsx({ rows: [['STT', 'Họ và tên', 'Năm sinh'], ...data.map(([a, b], i) => [i + 1, a, b])] }));
        if (!list) return;
        for (const c of list.candidates) {
          expect(c.name.length).toBeGreaterThan(0);
          expect(c.name.length).toBeLessThanOrEqual(200);
          expect(c.name).not.toMatch(INVISIBLE);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a zip bomb is refused', async () => {
    const bomb = deflatedZip({ 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': Buffer.alloc(80 * 1024 * 1024, 0x41) });
    expect(await candidates(bomb)).toBeNull();
  });
});

describe('through the engine: a refused or partly bad file writes nothing', () => {
  let t: TempEngine;
  beforeEach(async () => {
    t = tempEngine();
    await t.engine.call('congress:create', { name: 'Đại hội thử tệp xấu', path: t.file('x.congress') });
  });
  afterEach(() => t.dispose());

  it('roster:import answers a Result for any bytes, and a refusal leaves delegates and audit as they were', async () => {
    const db = () => t.engine.context().db;
    const count = (sql: string) => (db().prepare(sql).get() as { n: number }).n;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 1024 }),
          fc
            .array(fc.tuple(hostileText, hostileText), { maxLength: 6 })
            .map((rows) => new Uint8Array(csv([['Mã', 'Họ và tên'], ...rows.map((r) => [...r])], 'utf-8'))),
        ),
        async (bytes) => {
          const before = { delegates: count('SELECT count(*) AS n FROM delegates'), audit: count('SELECT count(*) AS n FROM audit') };
          const r = await t.engine.invoke('roster:import', { fileName: 'ds.csv', contentBase64: Buffer.from(bytes).toString('base64') });
          const after = { delegates: count('SELECT count(*) AS n FROM delegates'), audit: count('SELECT count(*) AS n FROM audit') };
          if (r.ok) {
            // accepted: exactly the rows it says it imported, in one audited transaction
            expect(r.value.imported).toBeGreaterThan(0);
            expect(after).toEqual({ delegates: before.delegates + r.value.imported, audit: before.audit + 1 });
            return;
          }
          expect(r.error.code).not.toBe('INTERNAL');
          expect(errorText(r.error).length).toBeGreaterThan(0);
          expect(errorText(r.error, 'en').length).toBeGreaterThan(0);
          expect(after).toEqual(before);
        },
      ),
      { numRuns: 60 },
    );
  });
});
