/** The services' error catalog (shared/i18n/vi-services.ts, en-services.ts): same keys, counts per language, identifiers untouched. */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/contract/result';
import { enServices } from '../../shared/i18n/en-services';
import { viServices } from '../../shared/i18n/vi-services';
import { errorText } from '../helpers/error-text';

const base = (key: string) => key.replace(/_(one|other)$/, '');

describe('services error catalog', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect([...new Set(Object.keys(enServices).map(base))].sort()).toEqual([...new Set(Object.keys(viServices).map(base))].sort());
  });

  it('formats counts per language and says "1 seat" in English', () => {
    const one = AppError.of('BALLOT_WRONG_STATE', 'ballot.seatsFilled', { title: 'BCH', count: 1 });
    expect(errorText(one, 'en')).toBe('"BCH" filled its 1 seat.');
    expect(errorText(one)).toBe('«BCH» đã bầu đủ 1 người; không còn chỗ trống.');
    const many = AppError.of('COUNTS_INCONSISTENT', 'ballot.seatsOverApproved', { seats: 1500, seatsApproved: 1200 });
    expect(errorText(many)).toBe('Số lượng bầu lần này (1.500) không được vượt số lượng đã được Đại hội thông qua (1.200).');
    expect(errorText(many, 'en')).toBe('Seats to fill now (1,500) cannot exceed the seats approved (1,200).');
    expect(many.toData()).toMatchObject({
      code: 'COUNTS_INCONSISTENT',
      key: 'ballot.seatsOverApproved',
      params: { seats: 1500, seatsApproved: 1200 },
    });
  });

  it('leaves identifiers as given', () => {
    const error = AppError.of('PASSES_DISAGREE', 'ballot.passesDisagree', { count: 2, papers: '1200, 1500' });
    expect(errorText(error)).toContain('(số 1200, 1500)');
    expect(errorText(error, 'en')).toBe(
      'The entry passes disagree on 2 papers (1200, 1500). The board must settle each before the count ends.',
    );
  });
});
