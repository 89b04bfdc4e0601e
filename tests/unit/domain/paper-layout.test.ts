import { encodePaperCode, parsePaperCode } from '../../../shared/domain/paper-code';
import { type Measure, paperLayout, sheetsOf } from '../../../shared/domain/paper-layout';

/** Liberation Serif's average Vietnamese letter is about half an em wide; a little more, to be safe. */
const measure: Measure = (text, size) => text.length * size * 0.52;
const names = (n: number) => Array.from({ length: n }, (_, i) => `Nguyễn Thị Phương Anh ${i + 1}`);

describe('paper layout', () => {
  it.each([30, 35, 41, 60])('%i names fit one A4 sheet at 11 pt or more, in at most two columns', (n) => {
    const layout = paperLayout({ names: names(n), marking: 'strike', perPage: 1, measure });
    expect(layout.sheets).toHaveLength(1);
    expect(layout.form.size).toBeGreaterThanOrEqual(11);
    expect(layout.form.columns).toBeLessThanOrEqual(2);
    expect(layout.sheets[0]!.geometry.rows.map((r) => r.number)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
  });

  it('a list too long for a quarter page goes one per page and says so; a short one stays four per page', () => {
    expect(paperLayout({ names: names(7), marking: 'strike', perPage: 4, measure })).toMatchObject({
      form: { perPage: 4 },
      fellBack: false,
    });
    const long = paperLayout({ names: names(60), marking: 'yes-no', perPage: 4, measure });
    expect(long).toMatchObject({ form: { perPage: 1 }, fellBack: true });
    expect(long.slots).toHaveLength(1);
  });

  it('a long list: every sheet has its own corners, code and stamp, rows numbered on from the sheet before', () => {
    const layout = paperLayout({ names: names(400), marking: 'strike', perPage: 1, measure });
    expect(layout.sheets.length).toBeGreaterThan(1);
    let next = 1;
    for (const { geometry: g, boxes } of layout.sheets) {
      expect(g.sheets).toBe(layout.sheets.length);
      expect(boxes.sheetNo).toBeDefined();
      expect(g.stamp.w).toBeGreaterThan(0);
      expect(g.code.w).toBeGreaterThan(0);
      for (const row of g.rows) expect(row.number).toBe(next++);
      // rows inside the corners, clear of them
      for (const row of g.rows) {
        expect(row.name.y).toBeGreaterThan(g.corners[0].y + g.corners[0].h);
        expect(row.name.y + row.name.h).toBeLessThan(g.corners[3].y);
      }
    }
    expect(next).toBe(401);
  });

  it('a reader lays the same sheets out from the form alone', () => {
    const layout = paperLayout({ names: names(150), marking: 'yes-no', perPage: 2, measure });
    const again = sheetsOf(layout.form, 'yes-no', names(150));
    expect(again.map((s) => s.geometry)).toEqual(layout.sheets.map((s) => s.geometry));
  });
});

describe('paper code', () => {
  const code = {
    congress: '0A1B2C3D',
    ballot: 'DEADBEEF',
    sheet: 2,
    sheets: 6,
    form: { perPage: 1 as const, columns: 2 as const, size: 11 },
    layout: '12345678',
  };

  it('encodes in the QR alphanumeric set and parses back', () => {
    const text = encodePaperCode(code);
    expect(text).toBe('CDP1/0A1B2C3D/DEADBEEF/2-6/12/110/12345678');
    expect(text).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
    expect(parsePaperCode(text)).toEqual({ version: 1, ...code });
  });

  it('refuses what is not one of its codes', () => {
    for (const text of [
      '',
      'DB0001',
      'CDP2/0A1B2C3D/DEADBEEF/2-6/12/110/12345678',
      'CDP1/0A1B2C3D/DEADBEEF/7-6/12/110/12345678',
      'CDP1/0a1b2c3d/DEADBEEF/2-6/12/110/12345678',
    ])
      expect(parsePaperCode(text), text).toBeNull();
    expect(() => encodePaperCode({ ...code, ballot: 'xyz' })).toThrow();
  });
});
