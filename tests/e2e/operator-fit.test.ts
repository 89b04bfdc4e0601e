import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printPapers, scanBallot, scanJpeg } from '../integration/scan/scan-setup';
import { type App, startApp } from './harness';
import { scanOf } from './scan-stack';
import { DIALOG_AREAS, type ScreenProblem, screenFitProblems } from './operator-fit-check';
import { en } from '../../renderer/i18n/en';
import { vi } from '../../renderer/i18n/vi';
import { HALL_SIZES } from './hall-sizes';

/**
 * What the hall sees on the operator's laptop: every operator screen, in Vietnamese and in English
 * (longer words), at the sizes the hall uses, 1024×768 first. Nothing may leave the window sideways,
 * be cut off without a tooltip, or be drawn over something else (operator-fit-check.ts). One page,
 * resized between sizes; the screenshots (operator-*) are for a person to look at.
 */
const LOCALES = { vi, en } as const;
type Locale = keyof typeof LOCALES;

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

const found: Record<string, (ScreenProblem & { at: string })[]> = {};

/** The language of the window, switched with its own button (the top bar's «English» / «Tiếng Việt»). */
async function useLocale(locale: Locale) {
  const page = app.operator;
  if ((await page.evaluate(() => document.documentElement.lang)) === locale) return;
  const other = locale === 'vi' ? 'en' : 'vi';
  await page.getByRole('button', { name: LOCALES[other]['lang.switch'], exact: true }).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
}

async function closeDialog() {
  const dialog = app.operator.locator('.overlay');
  if (!(await dialog.count())) return;
  await app.operator.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}

/**
 * The screen `open` leads to, in both languages at every size (opened again after each resize, as
 * on the laptop it is used on, so a pane scrolled to something finds it at that size too); `name`
 * names its screenshots.
 */
async function check(name: string, open: (words: (typeof LOCALES)[Locale]) => Promise<void>, areas?: string[]) {
  const page = app.operator;
  const problems: (ScreenProblem & { at: string })[] = [];
  for (const locale of ['vi', 'en'] as const) {
    await closeDialog();
    await useLocale(locale);
    for (const size of HALL_SIZES) {
      await page.setViewportSize(size);
      await open(LOCALES[locale]);
      for (const p of await screenFitProblems(page, areas)) problems.push({ ...p, at: `${locale} ${size.width}×${size.height}` });
      await app.shot(page, `operator-${name}-${locale}-${size.width}x${size.height}`);
    }
  }
  await closeDialog();
  await useLocale('vi');
  found[name] = problems;
  return problems;
}

/** A tab of the top bar, by its key (the same in both languages). */
const tab = (key: string) => async () => {
  await app.operator.keyboard.press(key);
};

describe('every operator screen fits the hall’s screens', () => {
  it('the home screen, before any congress is open', async () => {
    await app.operator.locator('.home').waitFor();
    expect(await check('home', async () => {})).toEqual([]);
  });

  it('prepares the demo congress with the hall network on and the hall half full', async () => {
    const e = app.t.engine;
    await e.call('congress:openDemo', {});
    await e.call('network:start', { address: '127.0.0.2', port: 0 });
    // The first rows of the check-in list in every state, the longest (absent with a reason) among them.
    const [first, second, third, , ...rest] = await e.call('delegates:list', {});
    await e.call('attendance:markAbsent', { delegateId: first!.id, reason: 'Đi công tác, có giấy phép' });
    await e.call('attendance:markAbsent', { delegateId: third!.id, reason: null });
    for (const d of [second!, ...rest.slice(0, 80)]) await e.call('checkin:mark', { delegateId: d.id });
    await e.call('votes:create', {
      question: 'Thông qua Báo cáo tổng kết nhiệm kỳ và phương hướng, nhiệm vụ nhiệm kỳ 2026–2031 của Mặt trận Tổ quốc phường Hòa Bình',
    });
    // Read again, as an operator opening the window would (the page may have missed the first events).
    await app.operator.reload();
    await app.operator.getByTestId('network-badge').waitFor();
  });

  it('the top bar and the check-in screen (the known overflow: the network badge at 1024)', async () => {
    expect(await check('checkin', tab('F2'))).toEqual([]);
  });

  it('the roster', async () => {
    expect(await check('roster', tab('F3'))).toEqual([]);
  });

  it('the congress details (settings)', async () => {
    expect(await check('setup', tab('F4'))).toEqual([]);
  });

  it('the agenda', async () => {
    expect(await check('agenda', tab('F12'))).toEqual([]);
  });

  it('the projector control', async () => {
    expect(await check('projector', tab('F6'))).toEqual([]);
  });

  it('the votes', async () => {
    expect(
      await check('votes', async () => {
        await tab('F9')();
        await app.operator
          .getByText(/Thông qua Báo cáo tổng kết/)
          .first()
          .click();
      }),
    ).toEqual([]);
  });

  it('the ballots list and a ballot being prepared, its list of names too', async () => {
    const prepared = async () => {
      await tab('F7')();
      await app.operator.locator('.ballot-item').first().click();
    };
    expect(await check('ballots-setup', prepared)).toEqual([]);
    expect(
      await check('ballots-names', async () => {
        await prepared();
        await app.operator.getByTestId('candidate-list').scrollIntoViewIfNeeded();
      }),
    ).toEqual([]);
  });

  it('the paper entry of an open ballot, and its count', async () => {
    const [ballot] = await app.t.engine.call('ballots:list', {});
    await app.t.engine.call('ballots:open', { id: ballot!.id });
    expect(
      await check('ballots-entry', async (words) => {
        await tab('F7')();
        await app.operator.getByRole('tab', { name: words['ballots.paneEntry'] }).click();
        await app.operator.getByTestId('paper-field').waitFor();
      }),
    ).toEqual([]);
    expect(
      await check('ballots-count', async (words) => {
        await app.operator.getByRole('tab', { name: words['ballots.paneCount'] }).click();
      }),
    ).toEqual([]);
  });

  it('the exports and the backups dialogs', async () => {
    const page = app.operator;
    await app.t.engine.call('backups:create', {}); // a row in the list of copies
    const fromFileMenu = (item: 'file.exports' | 'file.backups') => async (words: (typeof LOCALES)[Locale]) => {
      await closeDialog();
      await page.getByRole('button', { name: new RegExp(`^${words['nav.file']}`) }).click();
      await page.getByRole('menuitem', { name: words[item] }).click();
      await page.locator('.overlay .dialog').waitFor();
    };
    expect(await check('exports', fromFileMenu('file.exports'), DIALOG_AREAS)).toEqual([]);
    expect(await check('backups', fromFileMenu('file.backups'), DIALOG_AREAS)).toEqual([]);
  });

  it('«Đọc phiếu đã quét» watching a folder, and the board’s review of a row and of a whole paper', async () => {
    const e = app.t.engine;
    const id = await scanBallot(app.t);
    const printed = await printPapers(app.t, id, 'fit-phieu');
    const folder = app.t.file('fit-quet');
    mkdirSync(folder);
    const stack = [
      { marks: { 0: 'strike', 1: 'strike', 2: 'short' } },
      { marks: { 3: 'strike', 4: 'strike', 5: 'strike' }, signed: true },
      { marks: { 6: 'strike', 7: 'strike', 8: 'strike' } },
    ] as const;
    for (const [i, p] of stack.entries()) writeFileSync(join(folder, `quet-${i + 1}.jpg`), await scanOf(app.t, printed, p, 9 + i));
    writeFileSync(join(folder, 'quet-4.jpg'), readFileSync(join(folder, 'quet-3.jpg'))); // fed twice
    // one sheet at 150 dpi: the panel's advice to scan at 200 dpi must fit beside the figures too
    writeFileSync(join(folder, 'quet-5.jpg'), await scanJpeg(app.t, printed, { 9: 'strike', 10: 'strike', 11: 'strike' }, 12, 150));
    const { title } = await e.call('ballots:get', { id });
    const entry = async (words: (typeof LOCALES)[Locale]) => {
      await closeDialog(); // opened again at each size
      await tab('F7')();
      await app.operator.locator('.ballot-item', { hasText: title }).click();
      await app.operator.getByRole('tab', { name: words['ballots.paneEntry'] }).click();
      await app.operator.getByTestId('paper-field').waitFor();
    };
    await entry(vi);
    // The engine watches the folder; the window is told each batch as it is recorded.
    await e.call('papers:watch', { ballotId: id, pass: 1, folder });
    const deadline = Date.now() + 120_000;
    while ((await e.call('papers:watching', {}))?.files !== 5) {
      if (Date.now() > deadline) throw new Error('the watch did not read the 5 files in 2 minutes');
      await new Promise((r) => setTimeout(r, 500));
    }
    const panel = async (words: (typeof LOCALES)[Locale]) => {
      await entry(words);
      await app.operator.keyboard.press('F10');
      await app.operator.getByTestId('scan-refused').waitFor();
      await app.operator.getByTestId('scan-low-dpi').waitFor();
    };
    expect(await check('scan-panel', panel, DIALOG_AREAS)).toEqual([]);
    const review = (kind: 'row' | 'page') => async (words: (typeof LOCALES)[Locale]) => {
      await panel(words);
      await app.operator.keyboard.press('F10');
      await app.operator.getByTestId(`review-picture-${kind}`).locator('img').waitFor();
    };
    expect(await check('scan-review-row', review('row'), DIALOG_AREAS)).toEqual([]);
    await e.call('papers:decide', { ballotId: id, paper: 1, pass: 1, rows: [{ number: 3, mark: 'struck' }] });
    expect(await check('scan-review-page', review('page'), DIALOG_AREAS)).toEqual([]);
    await e.call('papers:unwatch', {});
  }, 400_000);

  afterAll(() => {
    const broken = Object.entries(found).filter(([, p]) => p.length);
    if (broken.length) console.error('[operator-fit]', JSON.stringify(Object.fromEntries(broken)));
  });
});
