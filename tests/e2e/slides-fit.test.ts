import type { Page } from 'playwright-core';
import type { SlideRef } from '../../shared/domain/projector';
import { officialDelegate } from '../integration/ballots/ballot-setup';
import { type FitProblem, fitProblems } from './fit-check';
import { type App, startApp } from './harness';
import { HALL_SIZES } from './hall-sizes';

/**
 * Every slide at the four sizes the hall's projectors and screens use, with the longest realistic
 * texts: nothing may leave the gold frame, be cut off, or be drawn over something else. The
 * screenshots (6x-*) are for a person to look at.
 */

let app: App;
let projector: Page;
beforeAll(async () => {
  // The countdown is ticked by the browser from the end time the engine stored: both read the wall clock.
  app = await startApp({ realClock: true });
});
afterAll(async () => app?.close());

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Thị Thanh', 'Văn', 'Hoàng Bảo', 'Thị Phương', 'Đức', 'Ngọc', 'Minh', 'Thị Kim'];
const GIVEN = ['Anh', 'Bình', 'Cường', 'Dũng', 'Hằng', 'Khánh', 'Long', 'Nguyệt', 'Phượng', 'Thắng', 'Trường', 'Xuân', 'Yến'];
/** 400 names, the longest real forms among them, and two of the same name told apart by birth date. */
function candidateNames(n: number): { name: string; birthDate: string | null }[] {
  const list = [
    { name: 'Công Tằng Tôn Nữ Thị Phương Thảo', birthDate: null },
    { name: 'Nguyễn Thị Hoa', birthDate: '1975-03-02' },
    { name: 'Nguyễn Thị Hoa', birthDate: '1982-11-20' },
    { name: 'Hoàng Thị Thanh Phương Nguyệt', birthDate: null },
  ];
  for (let i = 0; list.length < n; i++)
    list.push({
      name: `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i >> 1) % MIDDLE.length]} ${GIVEN[(i * 7) % GIVEN.length]}`,
      birthDate: null,
    });
  return list;
}

const problemsBySlide: Record<string, (FitProblem & { size: string })[]> = {};

/** Puts `ref` on air and checks it at every size; `name` names its screenshots. */
async function check(name: string, ref: SlideRef) {
  await app.t.engine.call('projector:set', ref);
  await projector.getByTestId(`slide-${ref.slide}`).waitFor();
  const found: (FitProblem & { size: string })[] = [];
  for (const size of HALL_SIZES) {
    await projector.setViewportSize(size);
    for (const p of await fitProblems(projector)) found.push({ ...p, size: `${size.width}×${size.height}` });
    await app.shot(projector, `6x-${name}-${size.width}x${size.height}`);
  }
  problemsBySlide[name] = found;
  return found;
}

describe('every slide fits every projector', () => {
  let bigBallot = 0;
  let smallBallot = 0;
  let voteId = 0;

  it('prepares a city congress: long names, 300 delegates, a 400-name list', async () => {
    const e = app.t.engine;
    await e.call('congress:create', {
      name: 'Đại hội đại biểu Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh lần thứ XII',
      path: app.t.file('vua-khit.congress'),
    });
    await e.call('congress:update', {
      term: '2024 - 2029',
      organiser: 'Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh',
      theme: 'Đoàn kết – Dân chủ – Đổi mới – Sáng tạo – Phát triển',
      venue: 'Hội trường Thống Nhất, 135 Nam Kỳ Khởi Nghĩa, phường Bến Thành',
      startDate: '2026-12-15',
    });
    for (let i = 1; i <= 300; i++) await e.call('delegates:create', officialDelegate(i));
    projector = await app.openProjector(HALL_SIZES[0]);
    await projector.getByTestId('slide-welcome').waitFor();
  });

  it('the welcome and the attendance before anyone has arrived', async () => {
    expect(await check('welcome', { slide: 'welcome' })).toEqual([]);
    expect(await check('attendance-empty', { slide: 'attendance' })).toEqual([]);
    // Nobody has arrived yet: they are not "absent without reason", they are on their way.
    const text = await projector.getByTestId('slide-attendance').innerText();
    expect(text).toContain('Chưa có mặt');
    expect(text).not.toContain('Vắng không lý do');
  });

  it('the attendance once the hall fills', async () => {
    for (let i = 1; i <= 280; i++) await app.t.engine.call('checkin:scan', { code: officialDelegate(i).code });
    expect(await check('attendance', { slide: 'attendance' })).toEqual([]);
  });

  it('a 400-name result with a tie at the last seat, and its elected list', async () => {
    const e = app.t.engine;
    const names = candidateNames(400);
    const b = await e.call('ballots:create', {
      title: 'Hiệp thương cử Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh khóa XII, nhiệm kỳ 2024 - 2029',
      kind: 'committee',
      seatsApproved: 350,
      seats: 350,
      method: 'hands_per_name',
      preset: 'mttq',
      rules: { base: 'present', allStruck: 'invalid', tie: 'rerun' },
      entryMode: 'struck',
      passes: 1,
    });
    bigBallot = b.id;
    await e.call('ballots:setCandidates', { id: b.id, candidates: names });
    await e.call('ballots:open', { id: b.id });
    // Descending votes, with numbers 350 and 351 tied at the cut-off: nobody of the tie is declared.
    const votes: Record<number, number> = {};
    for (let n = 1; n <= 400; n++) votes[n] = Math.max(0, 279 - Math.floor(n / 2));
    votes[351] = votes[350]!;
    await e.call('ballots:aggregate', { ballotId: b.id, valid: 280, invalid: 0, votes });
    if ((await e.call('ballots:get', { id: b.id })).state === 'open') await e.call('ballots:count', { id: b.id });
    await e.call('ballots:publish', { id: b.id });
    expect(await check('result-400', { slide: 'ballot_result', ballotId: bigBallot })).toEqual([]);
    expect(await check('elected-400', { slide: 'ballot_elected', ballotId: bigBallot })).toEqual([]);
  });

  it('a short list with a long title', async () => {
    const e = app.t.engine;
    const b = await e.call('ballots:create', {
      title: 'Hiệp thương cử Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh khóa XII',
      kind: 'committee',
      seatsApproved: 5,
      seats: 5,
      method: 'hands_per_name',
      preset: 'mttq',
      rules: { base: 'present', allStruck: 'invalid', tie: 'rerun' },
      entryMode: 'struck',
      passes: 1,
    });
    smallBallot = b.id;
    await e.call('ballots:setCandidates', { id: b.id, candidates: candidateNames(6) });
    await e.call('ballots:open', { id: b.id });
    await e.call('ballots:aggregate', {
      ballotId: b.id,
      valid: 280,
      invalid: 0,
      votes: { 1: 270, 2: 262, 3: 250, 4: 241, 5: 199, 6: 120 },
    });
    if ((await e.call('ballots:get', { id: b.id })).state === 'open') await e.call('ballots:count', { id: b.id });
    await e.call('ballots:publish', { id: b.id });
    expect(await check('result-6', { slide: 'ballot_result', ballotId: smallBallot })).toEqual([]);
    expect(await check('elected-6', { slide: 'ballot_elected', ballotId: smallBallot })).toEqual([]);
  });

  it('a vote with a long question and a long message', async () => {
    const e = app.t.engine;
    const v = await e.call('votes:create', {
      question:
        'Thông qua danh sách 350 vị Ủy viên Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh khóa XII, nhiệm kỳ 2024 - 2029, và Ban Thường trực',
    });
    voteId = v.id;
    await e.call('votes:record', { id: v.id, counts: { for: 270, against: 6, abstain: 4 }, close: true });
    expect(await check('vote', { slide: 'vote_result', voteId })).toEqual([]);
    expect(
      await check('message', {
        slide: 'message',
        message:
          'Mời các vị đại biểu về chỗ ngồi. Đại hội chuẩn bị bước vào phiên làm việc buổi chiều: thảo luận Báo cáo chính trị và hiệp thương cử Ủy ban khóa mới',
      }),
    ).toEqual([]);
  });

  it('the agenda, its current step, a speaker and the countdown', async () => {
    const e = app.t.engine;
    await e.call('agenda:applyTemplate', { templateId: 'mttq-commune' });
    for (let i = 0; i < 6; i++) await e.call('agenda:next', {});
    const state = await e.call('agenda:get', {});
    const current = state.currentStepId!;
    await e.call('speakers:add', {
      stepId: current,
      name: 'Công Tằng Tôn Nữ Thị Phương Thảo',
      delegateId: null,
      organisation: 'Ban Công tác Mặt trận khu phố 4, phường Bến Thành, Thành phố Hồ Chí Minh',
      topic: 'Phát huy vai trò của Mặt trận trong giám sát và phản biện xã hội ở khu dân cư',
    });
    await e.call('speakers:callNext', {});
    expect(await check('agenda', { slide: 'agenda' })).toEqual([]);
    expect(await check('agenda-step', { slide: 'agenda_step' })).toEqual([]);
    expect(await check('speaker', { slide: 'speaker' })).toEqual([]);
    expect(await check('countdown', { slide: 'countdown' })).toEqual([]);
  });

  it('the logo', async () => {
    expect(await check('logo', { slide: 'logo' })).toEqual([]);
  });

  afterAll(() => {
    const broken = Object.entries(problemsBySlide).filter(([, p]) => p.length);
    if (broken.length) console.error('[slides-fit]', JSON.stringify(Object.fromEntries(broken), null, 1));
  });
});
