import { DEMO_CONGRESS, DEMO_SESSIONS } from '../../../main/demo/demo-congress';
import { createRandom, generateDemoRoster } from '../../../main/demo/demo-roster';
import { birthYear } from '../../../shared/domain/delegate';
import { normalizeText } from '../../../shared/domain/vietnamese-text';

const share = (part: number, whole: number) => part / whole;

describe('demo roster', () => {
  const roster = generateDemoRoster();

  it('is deterministic: same seed, same delegates; another seed, others', () => {
    expect(generateDemoRoster()).toEqual(roster);
    expect(generateDemoRoster(150, 1)).toEqual(roster);
    expect(generateDemoRoster(150, 2).map((d) => d.fullName)).not.toEqual(roster.map((d) => d.fullName));
  });

  it('does not use Math.random', () => {
    const spy = vi.spyOn(Math, 'random');
    generateDemoRoster(40, 9);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('has 150 delegates with unique codes DB001…DB150', () => {
    expect(roster).toHaveLength(150);
    expect(roster.map((d) => d.code)).toEqual(Array.from({ length: 150 }, (_, i) => `DB${String(i + 1).padStart(3, '0')}`));
    const big = generateDemoRoster(10_000, 42);
    expect(new Set(big.map((d) => d.code)).size).toBe(10_000);
    expect(big[0]!.code).toBe('DB00001');
  });

  it('has the composition of a ward congress', () => {
    const n = roster.length;
    const count = (f: (d: (typeof roster)[number]) => boolean) => roster.filter(f).length;
    expect(
      share(
        count((d) => d.gender === 'female'),
        n,
      ),
    ).toBeGreaterThanOrEqual(0.4);
    expect(
      share(
        count((d) => d.gender === 'female'),
        n,
      ),
    ).toBeLessThanOrEqual(0.5);
    expect(
      share(
        count((d) => d.partyMember === true),
        n,
      ),
    ).toBeGreaterThanOrEqual(0.65);
    expect(
      share(
        count((d) => d.partyMember === true),
        n,
      ),
    ).toBeLessThanOrEqual(0.75);
    expect(count((d) => d.status === 'guest')).toBe(8);
    expect(count((d) => d.status === 'alternate')).toBe(6);
    const minorities = count((d) => d.ethnicity !== 'Kinh');
    expect(share(minorities, n)).toBeGreaterThanOrEqual(0.07);
    expect(share(minorities, n)).toBeLessThanOrEqual(0.13);
    expect(count((d) => d.religion !== 'Không')).toBeGreaterThan(5);
    for (const kind of ['ex_officio', 'nominated', 'appointed'] as const) expect(count((d) => d.kind === kind)).toBeGreaterThan(0);
    expect(roster.filter((d) => d.status === 'guest').every((d) => d.kind === null && d.group === null)).toBe(true);
    expect(new Set(roster.filter((d) => d.status !== 'guest').map((d) => d.group))).toEqual(
      new Set(['Tổ 1', 'Tổ 2', 'Tổ 3', 'Tổ 4', 'Tổ 5', 'Tổ 6']),
    );
  });

  it('ages 25 to 75 at the congress date, with valid ISO dates or years', () => {
    for (const d of roster) {
      expect(d.birthDate).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
      if (d.birthDate!.length === 10) expect(new Date(`${d.birthDate}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d.birthDate);
      const age = 2026 - birthYear(d.birthDate)!;
      expect(age).toBeGreaterThanOrEqual(25);
      expect(age).toBeLessThanOrEqual(75);
    }
  });

  it('names are NFC, normalised, three or four words, and use Đ and Ư', () => {
    for (const d of roster) {
      expect(d.fullName).toBe(normalizeText(d.fullName));
      expect(d.fullName).toBe(d.fullName.normalize('NFC'));
      expect(d.fullName.split(' ').length).toBeGreaterThanOrEqual(3);
      expect(d.fullName.split(' ').length).toBeLessThanOrEqual(4);
    }
    const all = roster.map((d) => d.fullName).join(' ');
    expect(all).toMatch(/Đ/);
    expect(all).toMatch(/[ưƯ]/);
  });

  it('posts that imply a gender or Party membership agree with the person', () => {
    for (const d of roster) {
      if (/Phụ nữ/.test(d.position ?? '')) expect(d.gender).toBe('female');
      if (/Linh mục|Cựu chiến binh/.test(d.position ?? '')) expect(d.gender).toBe('male');
      if (/^Bí thư Chi bộ|^Chủ tịch Ủy ban MTTQ/.test(d.position ?? '')) expect(d.partyMember).toBe(true);
      if (/Linh mục/.test(d.position ?? '')) expect(d.religion).toBe('Công giáo');
    }
    expect(roster.some((d) => d.position === 'Chủ tịch Ủy ban MTTQ phường')).toBe(true);
  });

  it('small rosters still have officials', () => {
    const small = generateDemoRoster(40, 7);
    expect(small).toHaveLength(40);
    expect(small.filter((d) => d.status === 'official').length).toBeGreaterThan(30);
    expect(generateDemoRoster(1)).toHaveLength(1);
  });
});

describe('seeded random', () => {
  it('is uniform enough and reproducible', () => {
    const a = createRandom(5);
    const b = createRandom(5);
    const xs = Array.from({ length: 10_000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 10_000 }, () => b.next()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.02);
  });
});

describe('demo congress', () => {
  it('is a fictional ward congress with its sessions', () => {
    expect(DEMO_CONGRESS).toMatchObject({
      name: 'Đại hội đại biểu Mặt trận Tổ quốc Việt Nam phường Hòa Bình lần thứ I, nhiệm kỳ 2026–2031',
      term: '2026–2031',
      level: 'Phường',
      startDate: '2026-12-15',
      endDate: '2026-12-15',
      organiser: 'Ủy ban Mặt trận Tổ quốc Việt Nam phường Hòa Bình',
    });
    expect(DEMO_SESSIONS).toEqual(['Phiên trù bị', 'Phiên chính thức']);
  });
});
