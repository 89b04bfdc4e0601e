/**
 * A ballot counted from its scanned papers, in Chromium (docs/scanning.md): the app prints the papers,
 * the voters' marks are drawn on them (tests/e2e/scan-stack.ts), the operator opens «Đọc phiếu đã
 * quét» (F10) and watches the scanner's folder as pass 1 while the feeder writes the scans into it
 * one by one; the board reviews the doubtful papers by keyboard, a second operator types pass 2 with
 * one paper misread, the board settles it, and the projector shows what the stack says.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { congressFor } from '../integration/exports/export-setup';
import { NAMES, type Printed, printPapers } from '../integration/scan/scan-setup';
import { type App, startApp } from './harness';
import { countedStruck, expectedVotes, percentText, scanOf, STACK } from './scan-stack';
import { expectText } from './wait';

const SEATS = 9;
const PRESENT = 13;
/** Pass 2 misreads paper 7 (1-based): name 11 for name 12. */
const MISREAD = 7;

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.t.engine.call('papers:unwatch', {}).catch(() => null);
  await app?.close();
});

/** Written as a scanner does: under a temporary name, then renamed (the watch never sees half a file). */
function feed(folder: string, name: string, bytes: Uint8Array) {
  writeFileSync(join(folder, `${name}.part`), bytes);
  renameSync(join(folder, `${name}.part`), join(folder, name));
}

/** The figures of the panel, as a person reads them. */
async function figures(page: Page): Promise<Record<string, string>> {
  const cells = page.getByTestId('scan-figures').locator('[data-figure]');
  const out: Record<string, string> = {};
  for (const cell of await cells.all())
    out[(await cell.getAttribute('data-figure'))!] = (await cell.locator('.count-value').innerText()).trim();
  return out;
}

async function shotAt(page: Page, name: string) {
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await app.shot(page, `${name}-${size.width}x${size.height}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe('a ballot counted from its scanned papers in Chromium', () => {
  let ballotId = 0;
  let printed: Printed;
  const folder = () => app.t.file('may-quet');
  const scans: Uint8Array[] = [];

  it('prepares the congress and a two-pass ballot, prints its papers and scans the stack', async () => {
    const e = app.t.engine;
    await congressFor(app.t, 14, PRESENT);
    const b = await e.call('ballots:create', {
      title: 'Hiệp thương cử Ủy ban MTTQ Việt Nam phường Ngọc Hà khóa I',
      kind: 'committee',
      seatsApproved: SEATS,
      seats: SEATS,
      method: 'paper',
      preset: 'mttq',
      rules: { base: 'present', allStruck: 'invalid', tie: 'rerun' },
      entryMode: 'struck',
      passes: 2,
    });
    ballotId = b.id;
    await e.call('ballots:setCandidates', { id: b.id, candidates: NAMES.map((name) => ({ name, birthDate: null })) });
    await e.call('ballots:open', { id: b.id });
    // Printed once the list is final, as the hall's papers are (docs/scanning.md «Printing papers»).
    printed = await printPapers(app.t, b.id, 'phieu-in');
    for (const [i, p] of STACK.entries()) scans.push(await scanOf(app.t, printed, p, 100 + i));
    mkdirSync(folder());
  }, 120_000);

  it('opens the ballot, F10 «Đọc phiếu đã quét», and watches the folder as pass 1', async () => {
    const page = app.operator;
    // The page read the app before the congress was made: load it again, as an operator would.
    await page.reload();
    await page.getByTestId('scan-field').waitFor();
    await page.keyboard.press('F7');
    await page.locator('.ballot-item').first().click();
    await page.getByRole('tab', { name: 'Nhập phiếu' }).click();
    await page.getByTestId('paper-field').waitFor();
    await page.keyboard.press('F10');
    await page.getByTestId('scan-panel').waitFor();
    await expectText(page.getByTestId('scan-no-review'), 'Không có phiếu nào chờ Ban kiểm phiếu.');
    await page.keyboard.type(folder()); // the folder field has the keyboard
    // the pass the entry is on is where the scans go
    expect(await page.getByTestId('scan-panel').getByRole('button', { name: 'Lượt 1' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Enter');
    await expectText(page.getByTestId('scan-watching'), `Đang theo dõi ${folder()} · lượt 1`);
  });

  it('fills the screen as the feeder writes the scans into the folder, one by one', async () => {
    const page = app.operator;
    // The first papers one at a time: each is read and shown before the next lands.
    for (let i = 0; i < 4; i++) {
      feed(folder(), `scan-${i + 1}.jpg`, scans[i]!);
      await pagesRead(page, i + 1);
    }
    expect(await figures(page)).toEqual({ sheets: '4', accepted: '3', pending: '1', refused: '0', duplicates: '0', waiting: '0' });
    await expectText(page.getByTestId('scan-review-open'), 'Xem 1 phiếu nghi');
    // The rest as a feeder runs, and paper 2 put through again at the end.
    for (let i = 4; i < STACK.length; i++) feed(folder(), `scan-${i + 1}.jpg`, scans[i]!);
    feed(folder(), 'scan-13.jpg', scans[1]!);
    await pagesRead(page, STACK.length + 1);
    expect(await figures(page)).toEqual({ sheets: '13', accepted: '9', pending: '3', refused: '0', duplicates: '1', waiting: '0' });
    const line = page.getByTestId('scan-refused').locator('li');
    await expectText(line, 'Trang 1 của tệp scan-13.jpg đã được quét rồi (phiếu số 2, tệp scan-2.jpg trang 1)');
    await expectText(page.getByTestId('scan-review-open'), 'Xem 3 phiếu nghi');
    await shotAt(page, 'scan-01-panel');
  }, 300_000);

  it('the board reviews the doubtful papers with the keyboard only', async () => {
    const page = app.operator;
    await page.keyboard.press('F10');
    const review = page.getByTestId('scan-review');
    await review.waitFor();
    const item = page.getByTestId('review-item');
    await expectText(page.getByTestId('review-paper'), 'Phiếu số 4 · lượt 1');
    await expectText(page.getByTestId('review-label'), `Dòng 11: ${await nameOf(ballotId, 11)}`);
    await expectText(page.getByTestId('review-seen'), 'Nét gạch ngắn');
    await page.getByTestId('review-picture-row').locator('img').waitFor();
    // the row is shown as wide as the review allows, large enough to judge a stroke by
    const rowPicture = (await page.getByTestId('review-picture-row').boundingBox())!;
    // …centred on the very row the machine judged: the middle of its box on the image is the middle of the picture
    const box = (await app.t.engine.call('papers:pending', { ballotId }))[0]!.rows.find((r) => r.number === 11)!.box!;
    const shown = (await page.getByTestId('review-picture-row').locator('img').boundingBox())!;
    const middle = shown.y + (box.y + box.h / 2) * shown.height;
    expect(Math.abs(middle - (rowPicture.y + rowPicture.height / 2))).toBeLessThan(rowPicture.height * 0.05);
    expect(rowPicture.width).toBeGreaterThan((await item.boundingBox())!.width * 0.8);
    expect(rowPicture.height).toBeGreaterThan(60);
    await shotAt(page, 'scan-02-review-row');
    await page.keyboard.press('g');

    await expectText(page.getByTestId('review-paper'), 'Phiếu số 6 · lượt 1');
    expect(await item.getAttribute('data-kind')).toBe('page');
    await expectText(page.getByTestId('review-seen'), 'Có chữ viết hoặc chữ ký ngoài chỗ tên');
    await page.getByTestId('review-picture-page').locator('img').waitFor();
    expect((await page.getByTestId('review-picture-page').boundingBox())!.height).toBeGreaterThan(900 * 0.5); // half the window
    await shotAt(page, 'scan-03-review-page');
    await page.keyboard.press('x');
    await page.getByTestId('invalid-chooser').waitFor();
    await page.keyboard.press('3'); // Có ký tên hoặc đánh dấu riêng

    await expectText(page.getByTestId('review-paper'), 'Phiếu số 8 · lượt 1');
    await expectText(page.getByTestId('review-label'), `Dòng 1: ${await nameOf(ballotId, 1)}`);
    await page.keyboard.press('k');
    await expectText(page.getByTestId('review-none'), 'Không còn phiếu nào chờ xem');
    await page.keyboard.press('Escape');
    await review.waitFor({ state: 'detached' });
    expect(await page.getByTestId('paper-field').evaluate((el) => el === document.activeElement)).toBe(true);

    const pass1 = await app.t.engine.call('papers:list', { ballotId, pass: 1 });
    expect(pass1.map((p) => [p.paper, p.struck, p.invalid])).toEqual(
      STACK.map((p, i) => [i + 1, countedStruck(p) ?? [], countedStruck(p) ? null : 'identifying_mark']),
    );
  });

  it('stops the watch and types pass 2 by keyboard, one paper misread', async () => {
    const page = app.operator;
    await page.keyboard.press('F10');
    await page.getByTestId('scan-unwatch').click();
    await page.getByTestId('scan-watch').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('scan-panel').waitFor({ state: 'detached' });
    // the entry field has the keyboard back, and goes on after the scanned papers
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'paper-field');
    await expectText(page.getByTestId('entry-paper-no'), `Phiếu số ${STACK.length + 1}`);
    await page.keyboard.press('Alt+2');
    await expectText(page.getByTestId('paper-entry'), 'Đã nhập 0 phiếu ở lượt 2');
    for (const [i, p] of STACK.entries()) {
      const struck = countedStruck(p);
      if (!struck) {
        await page.keyboard.press('Control+i');
        await page.keyboard.press('3');
        continue;
      }
      const typed = i + 1 === MISREAD ? struck.map((n) => (n === 12 ? 11 : n)) : struck;
      await page.keyboard.type(typed.join(' '));
      await page.keyboard.press('Enter');
    }
    await expectText(page.getByTestId('paper-entry'), `Đã nhập ${STACK.length} phiếu ở lượt 2`);
  });

  it('settles the disagreement as the board does, counts and publishes', async () => {
    const page = app.operator;
    await page.getByRole('tab', { name: 'Kiểm phiếu & kết quả' }).click();
    const row = page.getByTestId(`resolve-${MISREAD}`);
    await row.waitFor();
    expect(await page.getByTestId('discrepancies').locator('[data-testid^="resolve-"]').count()).toBe(1);
    await row.getByRole('button', { name: 'lấy theo lượt 1' }).click();
    await row.getByRole('button', { name: 'Chốt phiếu' }).click();
    await page.getByTestId('no-discrepancies').waitFor();
    await page.getByTestId('issued-input').fill(String(STACK.length));
    await page.getByTestId('issued-input').locator('xpath=..').getByRole('button', { name: 'Lưu' }).click();
    await expectText(page.getByTestId('ballot-issued'), String(STACK.length));
    await page.getByRole('button', { name: 'Kiểm phiếu', exact: true }).click();
    await expectText(page.getByTestId('ballot-state'), 'Đã kiểm phiếu');
    await page.getByRole('button', { name: 'Công bố kết quả' }).click();
    await expectText(page.getByTestId('ballot-state'), 'Đã công bố');
  });

  it('projects exactly the count of the stack', async () => {
    const page = app.operator;
    const names = (await app.t.engine.call('ballots:get', { id: ballotId })).candidates.map((c) => c.name);
    const votes = expectedVotes(STACK, names.length, SEATS);
    const valid = STACK.filter((p) => countedStruck(p)).length;
    const ranked = [...votes].sort((a, b) => b - a);
    expect(ranked[SEATS - 1]).toBeGreaterThan(ranked[SEATS]!); // no tie at the last seat: the elected are plain
    const elected = votes.map((v, i) => [v, i + 1] as const).filter(([v]) => v >= ranked[SEATS - 1]! && v * 2 > PRESENT);

    await page.getByRole('button', { name: 'Chiếu kết quả' }).click();
    const projector = await app.openProjector({ width: 1920, height: 1080 });
    await projector.getByTestId('slide-ballot_result').waitFor();
    await expectText(
      projector.getByTestId('slide-counts'),
      `${PRESENT} Có mặt ${STACK.length} Phát ra ${STACK.length} Thu vào ${valid} Hợp lệ ${STACK.length - valid} Không hợp lệ`,
    );
    for (const [i, v] of votes.entries())
      await expectText(projector.getByTestId(`result-${i + 1}`), `${names[i]} ${v} ${percentText(v, PRESENT)}`);
    const shown = await projector.locator('.result-row.elected').count();
    expect(shown).toBe(elected.length);
    for (const [, n] of elected) expect(await projector.getByTestId(`result-${n}`).getAttribute('class')).toMatch(/elected/);
    await app.shot(projector, 'scan-04-result-1920');
    await projector.close();
  });
});

async function nameOf(ballotId: number, n: number): Promise<string> {
  const ballot = await app.t.engine.call('ballots:get', { id: ballotId });
  return ballot.candidates.find((c) => c.number === n)!.name;
}

/** Until the panel shows `n` pages read (a batch is a few seconds of reading on a loaded machine). */
async function pagesRead(page: Page, n: number, limitMs = 120_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while ((await figures(page)).sheets !== String(n)) {
    if (Date.now() > deadline) {
      const watch = await app.t.engine.call('papers:watching', {});
      throw new Error(`the panel shows ${JSON.stringify(await figures(page))} for ${n} pages; the watch: ${JSON.stringify(watch)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
