import { hallParts } from '../../../renderer/features/slides/hall-phrases';
import { HALL_WORDS } from '../../../renderer/features/slides/hall-words';

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
      '[Bầu cử] [Ban Chấp hành] [Hội Cựu chiến binh] [Thành phố Hồ Chí Minh] [khóa XII,] [nhiệm kỳ 2024 - 2029]',
    );
    expect(kept('Bầu Ban Chấp hành Đảng bộ khóa XII')).toBe('Bầu [Ban Chấp hành] [Đảng bộ] [khóa XII]');
    expect(kept('danh sách 35 vị Ủy viên Ủy ban và Ban Thường trực')).toBe('[danh sách] 35 vị [Ủy viên] [Ủy ban] và [Ban Thường trực]');
    expect(kept('Hội Liên hiệp Phụ nữ phường Hòa Bình')).toBe('[Hội Liên hiệp Phụ nữ] [phường Hòa Bình]');
  });

  it('the words of congress wording: a vote, a speaker topic, a message', () => {
    expect(kept('Thông qua Chương trình hành động nhiệm kỳ 2026 - 2031')).toBe(
      '[Thông qua] [Chương trình] [hành động] [nhiệm kỳ 2026 - 2031]',
    );
    expect(kept('Phát huy vai trò của Mặt trận trong giám sát và phản biện xã hội ở khu dân cư')).toBe(
      '[Phát huy] [vai trò] của [Mặt trận] trong [giám sát] và [phản biện] [xã hội] ở [khu dân cư]',
    );
    expect(kept('Đại hội chuẩn bị bước vào phiên làm việc buổi chiều: thảo luận Báo cáo chính trị')).toBe(
      '[Đại hội] [chuẩn bị] bước vào phiên [làm việc] [buổi chiều]: [thảo luận] [Báo cáo] [chính trị]',
    );
    expect(kept('Kiểm điểm, biểu quyết, tán thành, bầu cử; ứng cử, đề cử, hiệp thương. Giải lao, nghỉ trưa, tiếp tục.')).toBe(
      '[Kiểm điểm], [biểu quyết], [tán thành], [bầu cử]; [ứng cử], [đề cử], [hiệp thương]. [Giải lao], [nghỉ trưa], [tiếp tục].',
    );
  });

  it('the longest word where several start, and the first where they overlap', () => {
    expect(kept('danh sách ứng cử viên và người ứng cử')).toBe('[danh sách] [ứng cử viên] và người [ứng cử]');
    expect(kept('phó chủ tịch, chủ tịch, đoàn chủ tịch')).toBe('[phó chủ tịch], [chủ tịch], [đoàn chủ tịch]');
    // Written with capitals, a title is no name «Phó Chủ» with «tịch» left, and the name after it is one.
    expect(kept('Phó Chủ tịch Nguyễn Văn An thay mặt Đoàn Chủ tịch')).toBe('[Phó Chủ tịch] [Nguyễn Văn An] thay mặt [Đoàn Chủ tịch]');
    // Nor does a name take the start of a word the text goes on with in lower case.
    expect(kept('Ban Công tác Mặt trận, Ban Kiểm phiếu')).toBe('Ban [Công tác] [Mặt trận], Ban [Kiểm phiếu]');
    expect(kept('Đồng chí Lê Văn Hóa')).toBe('[Đồng chí] [Lê Văn Hóa]');
  });

  it('whole words only, in any case and either tone placement', () => {
    expect(kept('Hành động, HÀNH ĐỘNG, hÀnh ĐộNg')).toBe('[Hành động], [HÀNH ĐỘNG], [hÀnh ĐộNg]');
    expect(kept('văn hóa, văn hoá, Ủy ban, UỶ BAN, đảng ủy, đảng uỷ, khoá XII')).toBe(
      '[văn hóa], [văn hoá], [Ủy ban], [UỶ BAN], [đảng ủy], [đảng uỷ], [khoá XII]',
    );
    // Not the start or end of longer words: «hành độngx», «xhành động», «thông quan».
    expect(kept('hành độngx xhành động thông quan')).toBe('hành độngx xhành động thông quan');
    // «quy» keeps its tone on y: no «qủy» is made up, and «quý vị» is no word of the list.
    expect(kept('quy chế, quý vị')).toBe('[quy chế], quý vị');
  });

  it('every word of the vocabulary is kept whole, in lower case and in capitals', () => {
    for (const word of HALL_WORDS) {
      expect(kept(word)).toBe(`[${word}]`);
      expect(kept(word.toUpperCase())).toBe(`[${word.toUpperCase()}]`);
    }
  });

  it('the vocabulary: one word of two or more syllables per entry, lower case, sorted, no repeats', () => {
    expect(HALL_WORDS.length).toBeGreaterThan(140);
    for (const word of HALL_WORDS) expect(word).toMatch(/^\p{Ll}+(?: \p{Ll}+)+$/u);
    expect(HALL_WORDS.every((w) => w === w.normalize('NFC'))).toBe(true);
    const sorted = [...new Set(HALL_WORDS)].sort(new Intl.Collator('vi').compare);
    expect(HALL_WORDS).toEqual(sorted);
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
