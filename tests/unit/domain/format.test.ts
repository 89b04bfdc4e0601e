import fc from 'fast-check';
import { parseTypedDate } from '../../../shared/domain/dates';
import { formatHundredths as documentHundredths } from '../../../shared/domain/document-format';
import { formatCount, formatDate, formatHundredths, formatPercent, percentHundredths } from '../../../shared/domain/format';

describe('Vietnamese number formats', () => {
  it('uses a dot for thousands and a comma for decimals', () => {
    expect(formatCount(1052)).toBe('1.052');
    expect(formatCount(1500000)).toBe('1.500.000');
    expect(formatCount(0)).toBe('0');
    expect(formatPercent(2, 3)).toBe('66,67 %');
    expect(formatPercent(1, 8, false)).toBe('12,50%');
    expect(formatPercent(5, 0)).toBe('0,00 %');
    // the tally's integer hundredths, one formatter for screen, slide and document
    expect(formatHundredths(308207)).toBe('3.082,07 %');
    expect(formatHundredths(5, '')).toBe('0,05%');
    expect(documentHundredths(10000)).toBe('100,00\u00a0%');
  });

  it('rounds half up in integer arithmetic', () => {
    expect(percentHundredths(1, 200)).toBe(50); // 0.5 % exactly
    expect(percentHundredths(1, 400)).toBe(25);
    expect(percentHundredths(1, 80000)).toBe(0); // 0.00125 % → 0,00
    expect(percentHundredths(1, 40000)).toBe(0); // 0.0025 % → 0,00
    expect(percentHundredths(1, 20000)).toBe(1); // 0.005 % → 0,01 (half up)
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 1, max: 100000 }), (part, whole) => {
        const h = percentHundredths(part, whole);
        // h/100 % is within half a hundredth of the exact value, ties going up
        expect(Math.abs(h * whole - part * 10000) * 2).toBeLessThanOrEqual(whole);
        if ((part * 10000 * 2) % whole === 0 && ((part * 10000 * 2) / whole) % 2 === 1) expect(h * whole).toBeGreaterThan(part * 10000);
      }),
    );
  });

  it('formats and parses dates as typed in Vietnam', () => {
    expect(formatDate('1970-01-15')).toBe('15/01/1970');
    expect(formatDate('1970')).toBe('1970');
    const today = new Date('2026-11-21T00:00:00Z');
    expect(parseTypedDate('15/01/1970', today)).toBe('1970-01-15');
    expect(parseTypedDate('5-3-1961', today)).toBe('1961-03-05');
    expect(parseTypedDate('1970', today)).toBe('1970');
    expect(parseTypedDate('31/02/1970', today)).toBeNull();
    expect(parseTypedDate('01/01/2030', today)).toBeNull();
    expect(parseTypedDate('1850', today)).toBeNull();
    expect(parseTypedDate('hôm qua', today)).toBeNull();
  });
});
