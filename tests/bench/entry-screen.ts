/**
 * The entry screen in real Chromium, on the national-size ballot (400 names, 1,500 papers already
 * entered): how long from a keystroke to the next painted frame, and from Enter to the next paper
 * ready — alone, and again with four more operator windows open on the same ballot, which every
 * saved paper reaches as an event. Target: Enter under one frame, not growing with the windows.
 * Skipped where there is no Chromium.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Browser, type Page, chromium } from 'playwright-core';
import type { Engine } from '../../main/engine/engine';
import { startHost } from '../../main/host/server';
import { CHROMIUM_ARGS } from '../e2e/harness';
import { ms, report } from './stats';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EXTRA_WINDOWS = 4;
const PAPERS_PER_RUN = 40;
const KEYED_PAPERS = 5;

/** An operator window on the ballot's entry pane, its field focused. */
async function openEntry(browser: Browser, url: string, title: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.getByTestId('scan-field').waitFor(); // the app has loaded the open congress
  await page.keyboard.press('F7');
  await page.getByText(title).first().click();
  await page.getByRole('tab', { name: 'Nhập phiếu' }).click();
  await page.getByTestId('paper-field').waitFor();
  return page;
}

const frame = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));

function quantiles(samples: number[]): { median: number; p95: number; p99: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), p99: at(0.99), max: s[s.length - 1] ?? 0 };
}

/**
 * Measured in the page, so the figure is the app's and not the test driver's round trips: from the
 * Enter keydown to the frame after the next paper number is on screen (the field ready again).
 */
async function watchEnters(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { enterAt: number; enters: number[] };
    w.enterAt = 0;
    w.enters = [];
    document.addEventListener('keydown', (e) => e.key === 'Enter' && (w.enterAt = performance.now()), true);
    const shown = document.querySelector('[data-testid="entry-paper-no"]')!;
    new MutationObserver(() => {
      if (!w.enterAt) return;
      const at = w.enterAt;
      w.enterAt = 0;
      requestAnimationFrame(() => w.enters.push(performance.now() - at));
    }).observe(shown, { childList: true, characterData: true, subtree: true });
  });
}

/** Key by key, `papers` papers: keystroke → next frame, as seen from the driver. */
async function typeKeys(page: Page, text: string, papers: number): Promise<number[]> {
  await page.getByTestId('paper-field').focus();
  const keys: number[] = [];
  for (let paper = 0; paper < papers; paper++) {
    for (const ch of text) {
      const start = performance.now();
      await page.keyboard.type(ch);
      await frame(page);
      keys.push(performance.now() - start);
    }
    await enter(page);
  }
  return keys;
}

/** Until the page's main thread has nothing left to do (the event applied, the frame painted). */
const idle = (page: Page) => page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null), { timeout: 2_000 })));

/**
 * Until the element shows the text, watched by the page's own changes (not polled every frame:
 * the waiting must not become the windows' work). No named function inside: the bench's compiler
 * would wrap it in a helper the page does not have.
 */
function shows(page: Page, selector: string, text: string | null): Promise<void> {
  return page.evaluate(
    ([sel, want]) =>
      new Promise<void>((resolve) => {
        if (document.querySelector(sel!)?.textContent === want) return resolve();
        const watch = new MutationObserver(() => {
          if (document.querySelector(sel!)?.textContent !== want) return;
          watch.disconnect();
          resolve();
        });
        watch.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    [selector, text],
  );
}

async function enter(page: Page, windows: readonly Page[] = [page]): Promise<void> {
  const paperNo = '[data-testid="entry-paper-no"]';
  const next = await page.locator(paperNo).innerText();
  await page.keyboard.press('Enter');
  await page.waitForFunction(([sel, before]) => document.querySelector(sel!)?.textContent !== before, [paperNo, next]);
  // Every window shows the saved paper and goes idle before the next paper, as between two real
  // papers (seconds apart): what is measured is whether the other windows slow the operator's
  // Enter, not whether two cores can absorb five windows' work within a few milliseconds.
  const shown = await page.locator(paperNo).textContent();
  await Promise.all(windows.map((w) => shows(w, paperNo, shown)));
  await Promise.all(windows.map(idle));
}

/** The main-thread work (ms) a window did since the last call: scripts, style, layout, paint. */
async function workMeter(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value * 1000;
  let last = await read();
  return async () => {
    const now = await read();
    const spent = now - last;
    last = now;
    return spent;
  };
}

/** `papers` papers typed in one go (the field filled) then Enter: the in-page Enter figures. */
async function enterPapers(page: Page, text: string, papers: number, windows: readonly Page[] = [page]): Promise<number[]> {
  const field = page.getByTestId('paper-field');
  await field.focus();
  await page.evaluate(() => ((window as unknown as { enters: number[] }).enters = []));
  for (let paper = 0; paper < papers; paper++) {
    await field.fill(text);
    await frame(page);
    await enter(page, windows);
  }
  return page.evaluate(() => (window as unknown as { enters: number[] }).enters);
}

function reportEnters(label: string, enters: number[]): void {
  const e = quantiles(enters);
  report(`entry screen: Enter → next ready (${label})`, `median ${ms(e.median)} p95 ${ms(e.p95)} max ${ms(e.max)}`, '< 16.7 ms');
}

export async function entryScreenBench(engine: Engine, ballotId: number, typical: number[]): Promise<void> {
  const staticDir = join(import.meta.dirname, '..', '..', 'dist', 'renderer');
  if (!existsSync(CHROMIUM) || !existsSync(join(staticDir, 'index.html'))) {
    report('entry screen in Chromium', 'skipped (needs /usr/bin/chromium and `npm run build:renderer`)');
    return;
  }
  const host = await startHost({ engine, staticDir });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const { title } = await engine.call('ballots:get', { id: ballotId });
    const page = await openEntry(browser, host.operatorUrl, title);
    await watchEnters(page);
    const text = typical.join(' ');
    const k = quantiles(await typeKeys(page, text, KEYED_PAPERS));
    report('entry screen: keystroke → next frame (400 names)', `median ${ms(k.median)} p99 ${ms(k.p99)}`, '< 50 ms (3 frames)');
    reportEnters('1 window', await enterPapers(page, text, PAPERS_PER_RUN));

    const others: Page[] = [];
    for (let i = 0; i < EXTRA_WINDOWS; i++) others.push(await openEntry(browser, host.operatorUrl, title));
    await page.bringToFront();
    const meters = await Promise.all(others.map(workMeter));
    reportEnters(`${1 + EXTRA_WINDOWS} windows`, await enterPapers(page, text, PAPERS_PER_RUN, [page, ...others]));
    const work = await Promise.all(meters.map((m) => m()));
    const perPaper = work.reduce((a, b) => a + b, 0) / work.length / PAPERS_PER_RUN;
    report("entry screen: another window's work per saved paper", ms(perPaper));
  } finally {
    await browser.close();
    await host.close();
  }
}
