import { neutraliseFormula, safeCell } from '../../../shared/domain/spreadsheet-safe';

describe('formula injection guard', () => {
  it.each(['=1+2', '+84 912 345 678', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd', '=HYPERLINK("http://x","bấm")'])('neutralises %j', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });
  it.each(['Nguyễn Thị Hằng', 'Đặng Văn Ơn', '', "'quoted", '1=1', 'a-b'])('leaves %j as it is', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
  it('keeps numbers as numbers (negative too) and empties as empty text', () => {
    expect(safeCell(-5)).toBe(-5);
    expect(safeCell(1052)).toBe(1052);
    expect(safeCell(null)).toBe('');
    expect(safeCell(undefined)).toBe('');
    expect(safeCell('-5')).toBe("'-5");
  });
});
