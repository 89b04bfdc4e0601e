import { ageOn } from '../../../shared/domain/credentials';
import {
  formatHundredths,
  formatLongDate,
  formatStamp,
  placeDateLine,
  vietnamTime,
  votesOfBase,
} from '../../../shared/domain/document-format';

describe('document wording', () => {
  it('dates as administrative papers write them, timestamps in Vietnam time (UTC+7)', () => {
    expect(formatLongDate('2026-01-15')).toBe('ngày 15 tháng 01 năm 2026');
    expect(formatLongDate('2026-01-15T16:59:59.000Z')).toBe('ngày 15 tháng 01 năm 2026');
    expect(formatLongDate('2026-01-15T17:00:00.000Z')).toBe('ngày 16 tháng 01 năm 2026'); // midnight in Hà Nội
    expect(formatLongDate('2026-12-31T20:00:00.000Z')).toBe('ngày 01 tháng 01 năm 2027');
    // a leading 0 only for days under 10 and for January and February (docs/documents.md, Dates)
    expect(formatLongDate('2026-02-05')).toBe('ngày 05 tháng 02 năm 2026');
    expect(formatLongDate('2026-08-15')).toBe('ngày 15 tháng 8 năm 2026');
    expect(formatLongDate('2026-03-09')).toBe('ngày 09 tháng 3 năm 2026');
    expect(formatLongDate('2026-12-01')).toBe('ngày 01 tháng 12 năm 2026');
    expect(formatLongDate('')).toBe('ngày ..... tháng ..... năm ..........');
    expect(placeDateLine('Hà Nội', '2026-01-15')).toBe('Hà Nội, ngày 15 tháng 01 năm 2026');
    expect(placeDateLine(' ', '2026-01-15')).toBe('.........., ngày 15 tháng 01 năm 2026');
    expect(vietnamTime('2026-01-15')).toBe('2026-01-15');
    expect(formatStamp('2026-01-15T07:30:05.000Z')).toBe('15/01/2026 14:30:05');
  });

  it('votes and percentages with decimal comma and dot thousands', () => {
    expect(formatHundredths(3082)).toBe('30,82\u00a0%');
    expect(formatHundredths(10000)).toBe('100,00\u00a0%');
    expect(formatHundredths(5)).toBe('0,05\u00a0%');
    expect(votesOfBase(1052, 1450, 7255)).toBe('1.052/1.450 phiếu, đạt 72,55\u00a0%');
  });

  it('age at the congress date: birthday not yet reached counts one year less; year-only by year', () => {
    expect(ageOn('1998-12-31', '2026-12-15')).toBe(27);
    expect(ageOn('1998-12-15', '2026-12-15')).toBe(28);
    expect(ageOn('1955', '2026-12-15')).toBe(71);
    expect(ageOn(null, '2026-12-15')).toBeNull();
  });
});
