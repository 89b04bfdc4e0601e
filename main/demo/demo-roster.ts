/**
 * A deterministic roster for the built-in demo, the tests and the benchmarks: a ward-level MTTQ
 * congress with the composition such congresses report (≈45 % women, ≈70 % Party members, ≈10 %
 * ethnic minorities, a few religious dignitaries, some alternates and invited guests).
 * The same (count, seed) always gives the same delegates; nothing reads Math.random or the clock.
 */
import type { DelegateInput, DelegateKind, DelegateStatus, Gender } from '../../shared/domain/delegate';
import {
  EDUCATION,
  FAMILY_NAMES,
  GIVEN_NAMES,
  GROUPS,
  GUEST_POSTS,
  MIDDLE_NAMES,
  MINORITIES,
  type Post,
  QUARTERS,
  QUARTER_POSTS,
  RELIGIONS,
  SECOND_MIDDLE_NAMES,
  STAFF_POSTS,
  UNIQUE_POSTS,
  type Weighted,
} from './demo-data';

/** Ages are counted at the demo congress date (DEMO_CONGRESS.startDate). */
const CONGRESS_YEAR = 2026;

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: Weighted<T>): T;
  shuffle<T>(items: readonly T[]): T[];
}

/** mulberry32: tiny, fast and good enough for synthetic data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted(items) {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [item, w] of items) if ((r -= w) < 0) return item;
      return items[items.length - 1]![0];
    },
    shuffle(items) {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
}

interface Slot {
  status: DelegateStatus;
  kind: DelegateKind | null;
  post: Post | null;
  gender?: Gender;
  party?: boolean;
}

/**
 * Sets `key` to true on exactly `target` slots (as far as the preset ones allow), choosing at
 * random among those without a preset value, so shares are exact rather than merely likely.
 */
function fillShare(
  slots: Slot[],
  target: number,
  get: (s: Slot) => boolean | undefined,
  set: (s: Slot, v: boolean) => void,
  random: Random,
): void {
  const preset = slots.filter((s) => get(s) === true).length;
  const open = random.shuffle(slots.filter((s) => get(s) === undefined));
  const wanted = Math.max(0, Math.min(open.length, target - preset));
  open.forEach((s, i) => set(s, i < wanted));
}

function planSlots(count: number, random: Random): Slot[] {
  const guests = Math.round((count * 8) / 150);
  const alternates = Math.round((count * 6) / 150);
  const officials = Math.max(0, count - guests - alternates);
  const exOfficio = Math.min(UNIQUE_POSTS.length, Math.round(officials * 0.12));
  const appointed = Math.round(officials * 0.05);
  const slots: Slot[] = [];
  for (let i = 0; i < officials; i++) {
    if (i < exOfficio) slots.push({ status: 'official', kind: 'ex_officio', post: UNIQUE_POSTS[i]! });
    else if (i < exOfficio + appointed) slots.push({ status: 'official', kind: 'appointed', post: { title: random.pick(STAFF_POSTS) } });
    else slots.push({ status: 'official', kind: 'nominated', post: null });
  }
  for (let i = 0; i < alternates; i++) slots.push({ status: 'alternate', kind: 'nominated', post: null });
  for (let i = 0; i < guests; i++) {
    slots.push({ status: 'guest', kind: null, post: { title: GUEST_POSTS[i % GUEST_POSTS.length]!, party: true, ages: [40, 60] } });
  }
  for (const s of slots) if (s.post?.gender) s.gender = s.post.gender;
  fillShare(
    slots,
    Math.round(count * 0.45),
    (s) => (s.gender ? s.gender === 'female' : undefined),
    (s, v) => (s.gender = v ? 'female' : 'male'),
    random,
  );
  // Quarter posts are chosen after gender, so that a women's union head is a woman.
  for (const s of slots) {
    if (s.post) continue;
    const fits = QUARTER_POSTS.filter((p) => !p.gender || p.gender === s.gender);
    const post = random.pick(fits);
    s.post = { ...post, title: post.title.replace('{n}', String(random.int(1, QUARTERS))) };
  }
  for (const s of slots) if (s.post?.party !== undefined) s.party = s.post.party;
  fillShare(
    slots,
    Math.round(count * 0.7),
    (s) => s.party,
    (s, v) => (s.party = v),
    random,
  );
  return slots;
}

function birthDate(random: Random, ages: readonly [number, number]): string {
  const year = CONGRESS_YEAR - random.int(ages[0], ages[1]);
  // Some lists only know the year of birth.
  if (random.next() < 0.08) return String(year);
  const day = new Date(Date.UTC(year, 0, 1) + random.int(0, 364) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function fullName(random: Random, gender: Gender, family: string): string {
  const middle = random.pick(MIDDLE_NAMES[gender]);
  const second = random.next() < 0.15 ? ` ${random.pick(SECOND_MIDDLE_NAMES[gender].filter((m) => m !== middle))}` : '';
  return `${family} ${middle}${second} ${random.pick(GIVEN_NAMES[gender])}`.normalize('NFC');
}

export function generateDemoRoster(count = 150, seed = 1): DelegateInput[] {
  const random = createRandom(seed);
  const slots = planSlots(count, random);
  const minorities = new Set(
    random.shuffle(slots.map((_, i) => i).filter((i) => !slots[i]!.post?.religion)).slice(0, Math.round(count * 0.1)),
  );
  const width = Math.max(3, String(count).length);
  return slots.map((slot, i): DelegateInput => {
    const gender = slot.gender ?? 'male';
    const minority = minorities.has(i) ? random.pick(MINORITIES) : null;
    const family = minority ? random.pick(minority.families) : random.weighted(FAMILY_NAMES);
    const guest = slot.status === 'guest';
    const religion = slot.post?.religion ?? (random.next() < 0.14 ? random.weighted(RELIGIONS) : 'Không');
    return {
      code: `DB${String(i + 1).padStart(width, '0')}`,
      fullName: fullName(random, gender, family),
      gender,
      birthDate: birthDate(random, slot.post?.ages ?? [25, 75]),
      ethnicity: minority?.ethnicity ?? 'Kinh',
      religion,
      partyMember: slot.party ?? false,
      education: guest ? random.pick(['Thạc sĩ', 'Đại học', 'Tiến sĩ']) : random.weighted(EDUCATION),
      position: slot.post?.title ?? null,
      unit: null,
      group: guest ? null : `Tổ ${(i % GROUPS) + 1}`,
      seat: null,
      kind: slot.kind,
      status: slot.status,
    };
  });
}
