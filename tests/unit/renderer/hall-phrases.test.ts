import { hallParts } from '../../../renderer/features/slides/hall-phrases';

/** The text with its kept phrases in brackets: what a line may not break inside. */
const kept = (text: string) =>
  hallParts(text)
    .map((p) => (p.kept ? `[${p.text}]` : p.text))
    .join('');

describe('phrases the projector keeps on one line', () => {
  it('the demo congress: the term with its years, the ordinal, the ward with its name', () => {
    expect(kept('đại biểu Mặt trận Tổ quốc Việt Nam phường Hòa Bình lần thứ I, nhiệm kỳ 2026–2031')).toBe(
      '[đại biểu] [Mặt trận] [Tổ quốc] [Việt Nam] [phường Hòa Bình] [lần thứ I,] [nhiệm kỳ 2026–2031]',
    );
  });

  it('a date whole, and a year with its «năm»', () => {
    expect(kept('Ngày 12 tháng 3 năm 2026')).toBe('[Ngày 12 tháng 3 năm 2026]');
    expect(kept('từ tháng 3 năm 2026')).toBe('từ [tháng 3 năm 2026]');
    expect(kept('hằng năm 2026, năm sau')).toBe('hằng [năm 2026], năm sau');
    // Not inside other words or numbers.
    expect(kept('năm 20261')).toBe('năm 20261');
  });

  it('terms written in any of the usual ways, and the term of a committee', () => {
    expect(kept('Nhiệm kỳ 2024 - 2029')).toBe('[Nhiệm kỳ 2024 - 2029]');
    expect(kept('NHIỆM KỲ 2026-2031')).toBe('[NHIỆM KỲ 2026-2031]');
    expect(kept('khóa XII, nhiệm kỳ mới')).toBe('[khóa XII,] [nhiệm kỳ mới]');
    expect(kept('khoá I')).toBe('[khoá I]');
  });

  it('a city: its name stays with «Thành phố», and «Việt Nam» is not taken into it', () => {
    expect(kept('Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh lần thứ XII')).toBe(
      '[Mặt trận] [Tổ quốc] [Việt Nam] [Thành phố Hồ Chí Minh] [lần thứ XII]',
    );
    expect(kept('Hội trường Thống Nhất, 135 Nam Kỳ Khởi Nghĩa, phường Bến Thành')).toBe(
      '[Hội trường] [Thống Nhất], 135 [Nam Kỳ Khởi Nghĩa], [phường Bến Thành]',
    );
    expect(kept('Quận 1 và xã Tân Phú')).toBe('[Quận 1] và [xã Tân Phú]');
  });

  it('a ballot title: the body elected whole, not taken for a name, then the round and the term', () => {
    expect(kept('Bầu cử Ban Chấp hành Hội Cựu chiến binh Thành phố Hồ Chí Minh khóa XII, nhiệm kỳ 2024 - 2029')).toBe(
      'Bầu cử [Ban Chấp hành] [Hội Cựu chiến binh] [Thành phố Hồ Chí Minh] [khóa XII,] [nhiệm kỳ 2024 - 2029]',
    );
    expect(kept('Bầu Ban Chấp hành Đảng bộ khóa XII')).toBe('Bầu [Ban Chấp hành] [Đảng bộ] [khóa XII]');
    expect(kept('danh sách 35 vị Ủy viên Ủy ban và Ban Thường trực')).toBe('danh sách 35 vị [Ủy viên] [Ủy ban] và [Ban Thường trực]');
    expect(kept('Hội Liên hiệp Phụ nữ phường Hòa Bình')).toBe('[Hội Liên hiệp Phụ nữ] [phường Hòa Bình]');
  });

  it('text typed in capitals is no run of names: it keeps its fixed phrases only, so it still wraps', () => {
    expect(kept('ĐẠI BIỂU MTTQ VIỆT NAM PHƯỜNG HÒA BÌNH LẦN THỨ I')).toBe('[ĐẠI BIỂU] MTTQ [VIỆT NAM] PHƯỜNG HÒA BÌNH [LẦN THỨ I]');
  });

  it('gives back the text unchanged, whatever it holds', () => {
    for (const text of ['', 'Đoàn kết – Dân chủ – Đổi mới', 'nhiệm kỳ', 'năm', 'Ủy ban nhân dân phường 12, ngày 5 tháng 01 năm 2026'])
      expect(
        hallParts(text)
          .map((p) => p.text)
          .join(''),
      ).toBe(text);
  });
});
