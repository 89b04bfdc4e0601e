import fc from 'fast-check';
import { compareCandidates, needsBirthDate, sortCandidates } from '../../../shared/domain/candidate-order';

/** docs/ballots.md. These assert the rule; if the runtime's ICU ever disagrees, they fail here. */
const collator = new Intl.Collator('vi');
const person = (name: string, birthDate: string | null = null) => ({ name, birthDate });
const names = (list: readonly { name: string }[]) => list.map((c) => c.name);
/** Sorting a shuffled copy gives back `expected` (every rotation and the reverse). */
function expectOrder(expected: readonly string[]): void {
  const rotations = expected.map((_, k) => [...expected.slice(k), ...expected.slice(0, k)]);
  for (const input of [...rotations, [...expected].reverse()]) expect(names(sortCandidates(input.map((n) => person(n))))).toEqual(expected);
}

describe('the runtime’s Vietnamese collation (Intl.Collator vi)', () => {
  it('orders the alphabet a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y', () => {
    const alphabet = 'a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y'.split(' ');
    expect([...alphabet].reverse().sort(collator.compare)).toEqual(alphabet);
    const upper = alphabet.map((l) => l.toLocaleUpperCase('vi'));
    expect([...upper].reverse().sort(collator.compare)).toEqual(upper);
  });

  it('orders tones none, huyền, hỏi, ngã, sắc, nặng', () => {
    expect(['Ạnh', 'Ánh', 'Ãnh', 'Ảnh', 'Ành', 'Anh'].sort(collator.compare)).toEqual(['Anh', 'Ành', 'Ảnh', 'Ãnh', 'Ánh', 'Ạnh']);
    expect(collator.compare('Anh', 'Ảnh')).toBeLessThan(0);
    expect(collator.compare('Ảnh', 'Ánh')).toBeLessThan(0);
  });

  it('compares letters before tones', () => {
    // "ha" < "hac" decides before any tone: Hạ (nặng) comes before Hác (sắc)
    expect(['Hai', 'Hác', 'Hạ', 'Há', 'Ha'].sort(collator.compare)).toEqual(['Ha', 'Há', 'Hạ', 'Hác', 'Hai']);
    expect(['Duy', 'Dũng', 'Dung'].sort(collator.compare)).toEqual(['Dung', 'Dũng', 'Duy']);
  });

  it('puts Đ after D, Ư after U, Ơ after Ô after O, Ă and Â after A', () => {
    expect(collator.compare('Dũng', 'Đức')).toBeLessThan(0);
    expect(collator.compare('Duy', 'Đan')).toBeLessThan(0); // Đ is a letter, not D with a mark
    expect(collator.compare('Uyên', 'Ưng')).toBeLessThan(0);
    expect(collator.compare('Út', 'Uyên')).toBeLessThan(0);
    expect(['Ơn', 'Ôn', 'On'].sort(collator.compare)).toEqual(['On', 'Ôn', 'Ơn']);
    expect(['Ân', 'Ăn', 'An'].sort(collator.compare)).toEqual(['An', 'Ăn', 'Ân']);
  });

  it('treats NFD and NFC as the same text', () => {
    expect(collator.compare('Nguyễn Thị Ánh'.normalize('NFD'), 'Nguyễn Thị Ánh'.normalize('NFC'))).toBe(0);
  });
});

describe('sortCandidates', () => {
  it('keys on the given name first', () => {
    expectOrder(['Trần Văn An', 'Nguyễn Thị Bình']);
    expectOrder(['Nguyễn Văn Anh', 'Lê Thị Ảnh', 'Phạm Văn Ánh', 'Hoàng Thị Ạnh']);
    expectOrder(['Trần Văn Dũng', 'Bùi Văn Duy', 'Lê Minh Đức']);
    expectOrder(['Đỗ Thị Uyên', 'Nguyễn Văn Ưng']);
  });

  it('then the family name, then the middle names', () => {
    expectOrder(['Lê Văn An', 'Trần Văn An']);
    // family before middle: Lê < Nguyễn although "An" < "Văn An"
    expectOrder(['Lê Văn An', 'Nguyễn An', 'Nguyễn Thị An', 'Nguyễn Văn An', 'Nguyễn Văn Bảo An']);
    expectOrder(['Đặng Hữu Minh', 'Đặng Thị Minh', 'Đinh Hữu Minh']);
  });

  it('identical names by earlier birth date; unknown dates last', () => {
    const list = [
      person('Nguyễn Văn Hùng', '1970-03-02'),
      person('Nguyễn Văn Hùng', null),
      person('Nguyễn Văn Hùng', '1965-11-20'),
      person('Nguyễn Văn Hùng', '1968'),
      person('Lê Văn Hùng', '1990-01-01'),
    ];
    expect(sortCandidates(list).map((c) => `${c.name} ${c.birthDate}`)).toEqual([
      'Lê Văn Hùng 1990-01-01',
      'Nguyễn Văn Hùng 1965-11-20',
      'Nguyễn Văn Hùng 1968',
      'Nguyễn Văn Hùng 1970-03-02',
      'Nguyễn Văn Hùng null',
    ]);
  });

  it('sorts NFD input like NFC input and keeps the items as given', () => {
    const nfc = ['Nguyễn Thị Hằng', 'Trần Đức Ảnh', 'Lê Thị Ánh', 'Phạm Ngọc Ưng', 'Võ Văn Uyên', 'Đào Thị Ánh'];
    const nfd = nfc.map((n) => person(n.normalize('NFD')));
    const sorted = sortCandidates(nfd);
    expect(sorted.every((c) => nfd.includes(c))).toBe(true); // the same objects, not copies
    expect(names(sorted).map((n) => n.normalize('NFC'))).toEqual(names(sortCandidates(nfc.map((n) => person(n)))));
    expect(names(sortCandidates(nfc.map((n) => person(n))))).toEqual([
      'Trần Đức Ảnh',
      'Đào Thị Ánh',
      'Lê Thị Ánh',
      'Nguyễn Thị Hằng',
      'Võ Văn Uyên',
      'Phạm Ngọc Ưng',
    ]);
  });

  it('ignores stray spaces', () => {
    expect(compareCandidates(person('  Trần   Văn  An '), person('Trần Văn An'))).toBe(0);
  });

  it('is a sorted permutation, consistent with compareCandidates, whatever the input order', () => {
    const word = fc.constantFrom(
      'An',
      'Ân',
      'Anh',
      'Ánh',
      'Ảnh',
      'Bình',
      'Dũng',
      'Dung',
      'Đức',
      'Uyên',
      'Ưng',
      'Văn',
      'Thị',
      'Nguyễn',
      'Lê',
      'Ơn',
      'Ôn',
    );
    const candidate = fc.record({
      name: fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
      birthDate: fc.constantFrom(null, '1960', '1960-01-01', '1975-05-05'),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 30 }), (list) => {
        const sorted = sortCandidates(list);
        expect(sorted).toHaveLength(list.length);
        expect(new Set(sorted)).toEqual(new Set(list));
        for (let i = 1; i < sorted.length; i++) expect(compareCandidates(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
        expect(names(sortCandidates([...list].reverse()))).toEqual(names(sorted));
      }),
    );
  });
});

describe('needsBirthDate', () => {
  it('finds the names shared by two or more people, in any normalisation or spacing', () => {
    const list = [
      person('Nguyễn Văn Hùng'),
      person('Trần Thị Lan'),
      person(' Nguyễn  Văn Hùng '.normalize('NFD')),
      person('Nguyễn Văn Hưng'),
      person('Trần Thị Lan'),
      person('Lê An'),
    ];
    expect(needsBirthDate(list)).toEqual(new Set(['Nguyễn Văn Hùng', 'Trần Thị Lan']));
  });

  it('treats names differing only in case as the same, and diacritics as different', () => {
    const result = needsBirthDate([person('Nguyễn Văn Hùng'), person('NGUYỄN VĂN HÙNG'), person('Nguyễn Văn Hung')]);
    expect(result).toEqual(new Set(['Nguyễn Văn Hùng', 'NGUYỄN VĂN HÙNG']));
  });

  it('is empty when every name is different', () => {
    expect(needsBirthDate([person('Nguyễn Văn An'), person('Nguyễn Văn Ân')]).size).toBe(0);
  });
});
