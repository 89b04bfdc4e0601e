import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { officialDelegate } from '../integration/ballots/ballot-setup';
import { type App, SCREENSHOTS, startApp } from './harness';
import { eventually, expectText } from './wait';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

// In file order, deliberately not alphabetical: the printed order is decided by the app.
const FILE_NAMES = [
  'Trần Thị Hà',
  'Nguyễn Văn An',
  'Lê Văn Cường',
  'Phạm Thị Bình',
  'Võ Minh Dũng',
  'Đặng Văn Đức',
  'Hoàng Thị Ánh',
  'Bùi Văn Giang',
  'Ngô Thị Yến',
];
const SEATS = 5;
const PRESENT = 30;
/** Votes wanted per printed number (sum = 27 valid papers × 5 kept). */
const TARGET = [25, 22, 20, 18, 17, 14, 10, 6, 3];

/**
 * The 30 papers of the hall, built independently of the app: 27 valid papers each keeping the 5
 * names with the most votes still to give, and 3 invalid ones at papers 5, 9 and 12.
 */
function buildPapers(): { struck: number[]; invalid?: 'board' }[] {
  const left = [...TARGET];
  const valid: number[][] = [];
  for (let p = 0; p < 27; p++) {
    const kept = left
      .map((v, i) => [v, i] as const)
      .sort((a, b) => b[0] - a[0] || a[1] - b[1])
      .slice(0, SEATS)
      .map(([, i]) => i);
    kept.forEach((i) => left[i]!--);
    valid.push([1, 2, 3, 4, 5, 6, 7, 8, 9].filter((n) => !kept.includes(n - 1)));
  }
  const papers: { struck: number[]; invalid?: 'board' }[] = valid.map((struck) => ({ struck }));
  papers.splice(4, 0, { struck: [1, 2] }); // paper 5 keeps 7 names for 5 seats: invalid
  papers.splice(8, 0, { struck: [], invalid: 'board' }); // paper 9: the board says identifying mark
  papers.splice(11, 0, { struck: [1, 2, 3, 4, 5, 6, 7, 8, 9] }); // paper 12: all struck, invalid under MTTQ
  return papers;
}

async function typePaper(page: Page, p: { struck: number[]; invalid?: 'board' }) {
  if (p.invalid) {
    await page.keyboard.press('Control+i');
    await page.keyboard.press('3');
  } else {
    await page.keyboard.type(p.struck.join(' '));
    await page.keyboard.press('Enter');
  }
}

/**
 * The commands that re-read a ballot or recompute its tally reaching the engine behind the host,
 * from any window, until `stop`: a saved paper must cause none of them.
 */
function countRereads(): { stop(): string[] } {
  const engine = app.t.engine;
  const seen: string[] = [];
  const invoke = engine.invoke;
  const reread = new Set(['ballots:get', 'ballots:progress', 'ballots:tally', 'ballots:list', 'papers:list']);
  engine.invoke = ((channel: string, ...rest: unknown[]) => {
    if (reread.has(channel)) seen.push(channel);
    return (invoke as (...args: unknown[]) => unknown).call(engine, channel, ...rest);
  }) as typeof engine.invoke;
  return {
    stop() {
      engine.invoke = invoke;
      return seen;
    },
  };
}

describe('a counting board enters a ballot in Chromium', () => {
  const papers = buildPapers();
  let ballotId = 0;

  it('prepares the congress with 30 of 40 official delegates present', async () => {
    await app.t.engine.call('congress:create', {
      name: 'Đại hội đại biểu MTTQ Việt Nam phường Thử Nghiệm lần thứ I',
      path: app.t.file('bau-cu.congress'),
    });
    for (let i = 1; i <= 40; i++) {
      const d = await app.t.engine.call('delegates:create', officialDelegate(i));
      if (i <= PRESENT) await app.t.engine.call('checkin:mark', { delegateId: d.id });
    }
    await app.operator.getByTestId('scan-field').waitFor();
  });

  it('creates a ballot with two entry passes and imports its list from a CSV file', async () => {
    const page = app.operator;
    await page.keyboard.press('F7');
    await page.getByRole('button', { name: '+ Tạo cuộc hiệp thương/bầu cử' }).click();
    await page.getByLabel('Tên cuộc hiệp thương/bầu cử').fill('Hiệp thương cử Ủy ban MTTQ Việt Nam phường Thử Nghiệm khóa I');
    await page.getByLabel('Số lượng được phê chuẩn').fill('7');
    await page.getByLabel('Số lượng bầu lần này').fill(String(SEATS));
    await page.getByLabel('Số lượt nhập mỗi phiếu').selectOption('2');
    await page.getByRole('button', { name: 'Tạo', exact: true }).click();
    await page.getByTestId('candidates-file').waitFor({ state: 'attached' });
    const csv = app.t.file('danh-sach-hiep-thuong.csv');
    writeFileSync(csv, `STT,Họ và tên,Ngày sinh\n${FILE_NAMES.map((n, i) => `${i + 1},${n},0${(i % 9) + 1}/03/19${70 + i}`).join('\n')}\n`);
    await page.getByTestId('candidates-file').setInputFiles(csv);
    // shown before it is written, then Enter imports it
    await eventually(page.getByTestId('candidates-preview').locator('tbody tr')).toHaveCount(9);
    await app.shot(page, '19-candidates-preview');
    await page.keyboard.press('Enter');
    await eventually(page.getByTestId('candidate-list').locator('li')).toHaveCount(9);
    ballotId = (await app.t.engine.call('ballots:list', {}))[0]!.id;
    const printed = (await app.t.engine.call('ballots:get', { id: ballotId })).candidates.map((c) => c.name);
    // Vietnamese order by given name: Ánh after An, Đức after Dũng.
    expect(printed).toEqual([
      'Nguyễn Văn An',
      'Hoàng Thị Ánh',
      'Phạm Thị Bình',
      'Lê Văn Cường',
      'Võ Minh Dũng',
      'Đặng Văn Đức',
      'Bùi Văn Giang',
      'Trần Thị Hà',
      'Ngô Thị Yến',
    ]);
    await app.shot(page, '20-ballot-setup');
    await page.getByTestId('ballot-step').click(); // Mở nhập phiếu
    await page.getByTestId('paper-field').waitFor();
  });

  it('enters 30 papers with the keyboard in two passes, with one disagreement', async () => {
    const page = app.operator;
    const field = page.getByTestId('paper-field');
    await expectText(page.getByTestId('entry-paper-no'), 'Phiếu số 1');
    // A second operator window on the same ballot follows the papers from their events alone.
    const second = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await second.goto(app.host.operatorUrl);
    await second.getByTestId('scan-field').waitFor();
    await second.keyboard.press('F7');
    await second.getByRole('tab', { name: 'Nhập phiếu' }).click();
    await expectText(second.getByTestId('entry-paper-no'), 'Phiếu số 1');
    const rereads = countRereads();
    await page.bringToFront();
    for (const p of papers) await typePaper(page, p);
    await expectText(page.getByTestId('entry-paper-no'), 'Phiếu số 31');
    await expectText(second.getByTestId('entry-paper-no'), 'Phiếu số 31');
    await expectText(second.getByTestId('paper-entry'), 'Đã nhập 30 phiếu ở lượt 1');
    await expectText(second.getByTestId('recent-papers').locator('li').first(), 'Phiếu số 30');
    expect(rereads.stop()).toEqual([]);
    await second.close();
    // Half-typed paper on screen for the screenshot: struck names highlighted, a typo flagged.
    await page.keyboard.type('2 4 7 12');
    await page.getByTestId('entry-warning').waitFor();
    await app.shot(page, '21-paper-entry');
    await page.keyboard.press('Escape');

    await page.keyboard.press('Alt+2');
    await expectText(page.getByTestId('paper-entry'), 'Đã nhập 0 phiếu ở lượt 2');
    for (const [i, p] of papers.entries()) {
      // Paper 17: the second operator misreads one name.
      await typePaper(
        page,
        i === 16 ? { struck: [...p.struck.slice(1), [1, 2, 3, 4, 5, 6, 7, 8, 9].find((n) => !p.struck.includes(n))!] } : p,
      );
    }
    await expectText(page.getByTestId('entry-paper-no'), 'Phiếu số 31');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    // The next number shows at Enter; a paper counts as entered once the engine has committed it, and
    // the screen says so: read the engine only then (the last saves may still be on their way).
    await expectText(page.getByTestId('paper-entry'), 'Đã nhập 30 phiếu ở lượt 2');
    const [pass1, pass2] = await Promise.all([1, 2].map((pass) => app.t.engine.call('papers:list', { ballotId, pass })));
    expect(pass1!.map((e) => e.struck)).toEqual(papers.map((p) => [...p.struck].sort((a, b) => a - b)));
    expect(pass2).toHaveLength(30);
  });

  it('lists the disagreement, settles it, counts and publishes', async () => {
    const page = app.operator;
    await page.getByRole('tab', { name: 'Kiểm phiếu & kết quả' }).click();
    const row = page.getByTestId('resolve-17');
    await row.waitFor();
    await eventually(page.getByTestId('ballot-step')).toBeDisabled();
    await app.shot(page, '22-discrepancy');
    await row.getByRole('button', { name: 'lấy theo lượt 1' }).click();
    await row.getByRole('button', { name: 'Chốt phiếu' }).click();
    await page.getByTestId('no-discrepancies').waitFor();
    await page.getByTestId('issued-input').fill('31');
    await page.getByTestId('issued-input').locator('xpath=..').getByRole('button', { name: 'Lưu' }).click();
    await expectText(page.getByTestId('ballot-issued'), '31');
    await page.getByRole('button', { name: 'Kiểm phiếu', exact: true }).click();
    await expectText(page.getByTestId('ballot-state'), 'Đã kiểm phiếu');
    await page.getByRole('button', { name: 'Công bố kết quả' }).click();
    await expectText(page.getByTestId('ballot-state'), 'Đã công bố');
    await expectText(page.getByTestId('ballot-valid'), '27');
    await expectText(page.getByTestId('ballot-invalid'), '3');
    await app.shot(page, '23-ballot-progress');
  });

  it('prints the entry log: every paper of both passes, the settled disagreement, on A4', async () => {
    const page = app.operator;
    await page.getByTestId('open-entry-log').click();
    const rows = page.getByTestId('log-rows').locator('tbody tr');
    await eventually(rows).toHaveCount(30);
    const p17 = papers[16]!.struck.join(' ');
    await expectText(rows.nth(16), `17 ${p17} `);
    await expectText(rows.nth(16), `${p17} Hợp lệ`); // settled by the board as pass 1 read it
    await expectText(rows.nth(8), 'Không hợp lệ: Có ký tên hoặc đánh dấu riêng');
    await expectText(page.getByTestId('log-corrections'), 'Chốt phiếu không khớp');
    await app.shot(page, '28-entry-log');
    const pdf = app.t.file('nhat-ky-nhap-phieu.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(SCREENSHOTS, '29-entry-log-pdf')]);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('NHẬT KÝ NHẬP PHIẾU');
    expect(text).toContain('Hiệp thương cử Ủy ban MTTQ Việt Nam phường Thử Nghiệm khóa I');
    expect(text).not.toContain('Điểm danh'); // the app around the sheet is not printed
    expect(text).toContain('Trưởng Ban kiểm phiếu');
    await page.keyboard.press('Escape');
    await page.getByTestId('entry-log').waitFor({ state: 'detached' });
  });

  it('projects the exact result and the elected list', async () => {
    const page = app.operator;
    const names = (await app.t.engine.call('ballots:get', { id: ballotId })).candidates.map((c) => c.name);
    // Independent count: votes(c) = valid papers on which c is not struck.
    const valid = papers.filter((p) => !p.invalid && p.struck.length >= 9 - SEATS && p.struck.length < 9);
    const votes = (n: number) => valid.filter((p) => !p.struck.includes(n)).length;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(votes)).toEqual(TARGET);

    await page.getByRole('button', { name: 'Chiếu kết quả' }).click();
    const projector = await app.openProjector({ width: 1920, height: 1080 });
    await projector.getByTestId('slide-ballot_result').waitFor();
    await expectText(projector.getByTestId('slide-counts'), `${PRESENT} Có mặt 31 Phát ra 30 Thu vào 27 Hợp lệ 3 Không hợp lệ`);
    // Votes of the 30 present, as percentages worked out by hand (half-up to hundredths), not by the app's formatter.
    const shown: [number, string][] = [
      [1, '25 83,33%'],
      [5, '17 56,67%'],
      [6, '14 46,67%'],
      [9, '3 10,00%'],
    ];
    for (const [n, figures] of shown) await expectText(projector.getByTestId(`result-${n}`), `${names[n - 1]} ${figures}`);
    for (const n of [1, 2, 3, 4, 5]) await eventually(projector.getByTestId(`result-${n}`)).toHaveClass(/elected/);
    await eventually(projector.getByTestId('result-6')).not.toHaveClass(/elected/);
    await app.shot(projector, '24-result-1920');
    await projector.setViewportSize({ width: 1024, height: 768 });
    await app.shot(projector, '25-result-1024');

    await page.bringToFront();
    await page.getByRole('button', { name: 'Chiếu danh sách trúng cử' }).click();
    await projector.getByTestId('slide-ballot_elected').waitFor();
    await expectText(projector.getByTestId('slide-ballot_elected'), 'DANH SÁCH TRÚNG HIỆP THƯƠNG');
    const listed = await projector.locator('.elected-row').allInnerTexts();
    expect(listed.map((s) => s.trim())).toEqual(names.slice(0, 5));
    await app.shot(projector, '26-elected-1024');
    await projector.close();
  });

  it('pages a 60-name result at 1024×768', async () => {
    const e = app.t.engine;
    const b = await e.call('ballots:create', {
      title: 'Bầu cử Ban Chấp hành khóa mới (danh sách 60 người)',
      kind: 'committee',
      seatsApproved: 45,
      seats: 45,
      method: 'paper',
      preset: 'law',
      rules: { base: 'valid', allStruck: 'invalid', tie: 'older' },
      entryMode: 'struck',
      passes: 1,
    });
    const given = [
      'An',
      'Bình',
      'Cường',
      'Dũng',
      'Đức',
      'Giang',
      'Hà',
      'Hải',
      'Hùng',
      'Khánh',
      'Lan',
      'Long',
      'Mai',
      'Minh',
      'Nam',
      'Ngọc',
      'Phúc',
      'Quang',
      'Sơn',
      'Tâm',
    ];
    const families = ['Nguyễn Văn', 'Trần Thị', 'Lê Hoàng'];
    const candidates = families.flatMap((f) => given.map((g) => ({ name: `${f} ${g}`, birthDate: null })));
    await e.call('ballots:setCandidates', { id: b.id, candidates });
    await e.call('ballots:open', { id: b.id });
    await e.call('ballots:setCounts', { id: b.id, issued: 40 });
    for (let p = 1; p <= 40; p++) {
      // Later numbers are struck more often: varied votes, as in a real hall.
      const struck = Array.from({ length: 60 }, (_, i) => i + 1).filter((n) => (p * 37 + n * 11) % 100 < n + 10);
      await e.call('papers:record', { ballotId: b.id, pass: 1, paper: p, numbers: struck, invalid: null });
    }
    await e.call('ballots:count', { id: b.id });
    await e.call('ballots:publish', { id: b.id });
    await e.call('projector:set', { slide: 'ballot_result', ballotId: b.id });
    const projector = await app.openProjector({ width: 1024, height: 768 });
    await projector.getByTestId('slide-ballot_result').waitFor();
    await expectText(projector.getByTestId('slide-ballot_result'), 'Trang 1/3');
    // Two columns of as many legible rows as the screen leaves (renderer/features/slides/use-fit.ts).
    const rows = await projector.locator('.result-row').count();
    expect(rows % 2).toBe(0);
    expect(rows).toBeGreaterThanOrEqual(24);
    expect(Math.ceil(60 / rows)).toBe(3);
    await app.shot(projector, '27-result-60-names-1024');
    await projector.close();
  });
});
