import { foldForSearch, matchesQuery, normalizeText, splitVietnameseName } from '../../../shared/domain/vietnamese-text';

describe('Vietnamese text', () => {
  it('normalises NFD to NFC and collapses spaces', () => {
    const nfd = '  Nguye\u0302\u0303n   Thi\u0323\u00A0Ha\u0306\u0300ng '.normalize('NFD');
    expect(normalizeText(nfd)).toBe('Nguyễn Thị Hằng');
    expect(normalizeText(nfd)).toBe('Nguyễn Thị Hằng'.normalize('NFC'));
  });

  it('folds diacritics, case and đ', () => {
    expect(foldForSearch('Nguyễn Thị Hằng')).toBe('nguyen thi hang');
    expect(foldForSearch('ĐỨC')).toBe('duc');
    expect(matchesQuery(foldForSearch('Trần Văn Đức'), foldForSearch('duc'))).toBe(true);
    expect(matchesQuery(foldForSearch('Trần Văn Đức'), foldForSearch('tran hang'))).toBe(false);
  });

  it('splits a name into family, middle and given names', () => {
    expect(splitVietnameseName('Nguyễn Thị Minh Khai')).toEqual({ family: 'Nguyễn', middle: 'Thị Minh', given: 'Khai' });
    expect(splitVietnameseName('Lan')).toEqual({ family: '', middle: '', given: 'Lan' });
  });
});
