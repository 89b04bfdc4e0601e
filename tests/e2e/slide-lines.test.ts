import type { Page } from 'playwright-core';
import { MESSAGE_MAX, type SlideRef } from '../../shared/domain/projector';
import { officialDelegate } from '../integration/ballots/ballot-setup';
import { fitProblems } from './fit-check';
import { type App, startApp } from './harness';
import { lineProblems, linesOf } from './line-words';

/**
 * The congress wording on the slides after the title slide: a ballot's title on its result and its
 * elected list, a vote's question, the step under way, the logo, the organiser and theme lines, a
 * message. At the 4:3 projector and the 16:9 screen a break inside «khóa XII» or
 * «nhiệm kỳ 2024 - 2029», or a heading line of one word, is what the hall would read as a mistake
 * (renderer/features/slides/hall-phrases.tsx). A phrase kept whole can take a heading a line more,
 * so each slide is also checked to fit (fit-check.ts). Screenshots: 6l-*.
 */
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
];
const PRESENT = 30;
const CITY = ['Thành', 'phố', 'Hồ', 'Chí', 'Minh'];
const TERM = ['nhiệm', 'kỳ', '2024', '-', '2029'];
const ROUND = ['khóa', 'XII'];

let app: App;
let projector: Page;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

/** Puts `ref` on air and gives its fit problems and the line problems of each heading at every size, with a screenshot of each. */
async function problemsOf(name: string, ref: SlideRef, headings: Record<string, string[][]>): Promise<string[]> {
  await app.t.engine.call('projector:set', ref);
  await projector.getByTestId(`slide-${ref.slide}`).waitFor();
  const found: string[] = [];
  for (const size of SIZES) {
    await projector.setViewportSize(size);
    for (const p of await fitProblems(projector)) found.push(`${size.width}×${size.height} ${p.kind}: ${p.text}`);
    for (const [selector, together] of Object.entries(headings))
      for (const p of lineProblems(await projector.evaluate(linesOf, `.slide-${ref.slide} ${selector}`), together))
        found.push(`${size.width}×${size.height} ${selector} ${p}`);
    await app.shot(projector, `6l-${name}-${size.width}x${size.height}`);
  }
  return found;
}

/** A published ballot of `title` with five candidates, four of them elected. */
async function publishedBallot(title: string, preset: 'mttq' | 'party'): Promise<number> {
  const e = app.t.engine;
  const b = await e.call('ballots:create', {
    title,
    kind: 'committee',
    seatsApproved: 4,
    seats: 4,
    method: 'hands_per_name',
    preset,
    rules: { base: 'present', allStruck: 'invalid', tie: 'rerun' },
    entryMode: 'struck',
    passes: 1,
  });
  const names = ['Nguyễn Thị Lan', 'Trần Văn Minh', 'Lê Quang Hải', 'Phạm Thu Trang', 'Võ Đức Long'];
  await e.call('ballots:setCandidates', { id: b.id, candidates: names.map((name) => ({ name, birthDate: null })) });
  await e.call('ballots:open', { id: b.id });
  await e.call('ballots:aggregate', { ballotId: b.id, valid: PRESENT, invalid: 0, votes: { 1: 29, 2: 27, 3: 25, 4: 22, 5: 9 } });
  if ((await e.call('ballots:get', { id: b.id })).state === 'open') await e.call('ballots:count', { id: b.id });
  await e.call('ballots:publish', { id: b.id });
  return b.id;
}

describe('the slides after the title keep congress wording whole', () => {
  it('prepares a city congress with 30 delegates present', async () => {
    const e = app.t.engine;
    await e.call('congress:create', {
      name: 'Đại hội đại biểu Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh lần thứ XII',
      path: app.t.file('dong-chu.congress'),
    });
    await e.call('congress:update', {
      term: '2024 - 2029',
      organiser: 'Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh',
      theme: 'Đoàn kết – Dân chủ – Đổi mới – Sáng tạo – Phát triển',
      startDate: '2026-12-15',
    });
    for (let i = 1; i <= PRESENT; i++) await e.call('checkin:scan', { code: (await e.call('delegates:create', officialDelegate(i))).code });
    projector = await app.openProjector(SIZES[0]);
    await projector.getByTestId('slide-welcome').waitFor();
  });

  it('a consultation ballot with a long title: its result and its list of the elected', async () => {
    const id = await publishedBallot(
      'Hiệp thương cử Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh khóa XII, nhiệm kỳ 2024 - 2029',
      'mttq',
    );
    const headings = { '.ballot-slide-title': [CITY, ROUND, TERM], '.slide-organiser': [CITY] };
    expect([
      ...(await problemsOf('ballot-result', { slide: 'ballot_result', ballotId: id }, headings)),
      ...(await problemsOf('ballot-elected', { slide: 'ballot_elected', ballotId: id }, headings)),
    ]).toEqual([]);
  });

  it('an election ballot of a committee', async () => {
    const id = await publishedBallot(
      'Bầu cử Ban Chấp hành Hội Cựu chiến binh Thành phố Hồ Chí Minh khóa XII, nhiệm kỳ 2024 - 2029',
      'party',
    );
    const headings = { '.ballot-slide-title': [['Ban', 'Chấp', 'hành'], ['Cựu', 'chiến', 'binh'], CITY, ROUND, TERM] };
    expect(await problemsOf('ballot-election', { slide: 'ballot_result', ballotId: id }, headings)).toEqual([]);
  });

  it('a vote question', async () => {
    const e = app.t.engine;
    const v = await e.call('votes:create', {
      question:
        'Thông qua danh sách 35 vị Ủy viên Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh khóa XII, nhiệm kỳ 2024 - 2029, và Ban Thường trực',
    });
    await e.call('votes:record', { id: v.id, counts: { for: 28, against: 1, abstain: 1 }, close: true });
    const headings = { '.vote-question': [CITY, ROUND, TERM, ['Thường', 'trực']], '.slide-theme': [] };
    expect(await problemsOf('vote', { slide: 'vote_result', voteId: v.id }, headings)).toEqual([]);
  });
  it('a short vote question: its two-syllable words stay whole, «hành động» too', async () => {
    const e = app.t.engine;
    const v = await e.call('votes:create', { question: 'Thông qua Chương trình hành động nhiệm kỳ 2026 - 2031' });
    await e.call('votes:record', { id: v.id, counts: { for: 28, against: 1, abstain: 1 }, close: true });
    const words = [
      ['Thông', 'qua'],
      ['Chương', 'trình'],
      ['hành', 'động'],
      ['nhiệm', 'kỳ', '2026', '-', '2031'],
    ];
    expect(await problemsOf('vote-program', { slide: 'vote_result', voteId: v.id }, { '.vote-question': words })).toEqual([]);
  });
  it('the step under way and the logo', async () => {
    const e = app.t.engine;
    const step = await e.call('agenda:addStep', {
      title: 'Bầu cử Ban Chấp hành Hội Cựu chiến binh Thành phố Hồ Chí Minh khóa XII, nhiệm kỳ 2024 - 2029',
      presenter: 'Đoàn Chủ tịch Đại hội',
      sessionId: null,
      plannedStart: null,
      durationMinutes: 30,
      kind: 'ballot',
      notes: '',
    });
    await e.call('agenda:goTo', { id: step.id });
    const title = { '.stage-step-title': [['Ban', 'Chấp', 'hành'], ['Cựu', 'chiến', 'binh'], CITY, ROUND, TERM] };
    const logo = { '.logo-organiser': [CITY], '.logo-name': [CITY, ['lần', 'thứ', 'XII']] };
    expect([
      ...(await problemsOf('agenda-step', { slide: 'agenda_step' }, title)),
      ...(await problemsOf('logo', { slide: 'logo' }, logo)),
    ]).toEqual([]);
  });
  it('the longest message the operator may put up, full of congress wording', async () => {
    const message =
      'Mời các vị đại biểu về chỗ ngồi. Đại hội đại biểu Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh lần thứ XII, nhiệm kỳ 2024 - 2029 ' +
      'bước vào phiên làm việc buổi chiều: hiệp thương cử Ủy ban khóa XII, bầu Ban Thường trực và Ban Kiểm tra; ' +
      'Hội Cựu chiến binh phường báo cáo ngày 15 tháng 12 năm 2026.';
    expect(message.length).toBeGreaterThan(MESSAGE_MAX - 30);
    expect(message.length).toBeLessThanOrEqual(MESSAGE_MAX);
    expect(await problemsOf('message', { slide: 'message', message }, {})).toEqual([]);
  });
});
