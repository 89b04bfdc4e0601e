/**
 * The entry screen in real Chromium, on the national-size ballot (400 names, 1,500 papers already
 * entered): how long from a keystroke to the next painted frame, and from Enter to the next paper
 * ready. Issue 3: "no visible lag at 1,500 papers × 400 names". Skipped where there is no Chromium.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import type { Engine } from '../../main/engine/engine';
import { startHost } from '../../main/host/server';
import { CHROMIUM_ARGS } from '../e2e/harness';
import { ms, report, summarize } from './stats';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function entryScreenBench(engine: Engine, ballotId: number, typical: number[]): Promise<void> {
  const staticDir = join(import.meta.dirname, '..', '..', 'dist', 'renderer');
  if (!existsSync(CHROMIUM) || !existsSync(join(staticDir, 'index.html'))) {
    report('entry screen in Chromium', 'skipped (needs /usr/bin/chromium and `npm run build:renderer`)');
    return;
  }
  const host = await startHost({ engine, staticDir });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(host.operatorUrl);
    await page.getByTestId('scan-field').waitFor(); // the app has loaded the open congress
    await page.keyboard.press('F7');
    const { title } = await engine.call('ballots:get', { id: ballotId });
    await page.getByText(title).first().click();
    await page.getByRole('tab', { name: 'Nhập phiếu' }).click();
    const field = page.getByTestId('paper-field');
    await field.waitFor();
    await field.focus();
    const keys: number[] = [];
    const enters: number[] = [];
    const text = `${typical.join(' ')}`;
    for (let paper = 0; paper < 10; paper++) {
      for (const ch of text) {
        const start = performance.now();
        await page.keyboard.type(ch);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
        keys.push(performance.now() - start);
      }
      const next = await page.getByTestId('entry-paper-no').innerText();
      const start = performance.now();
      await page.keyboard.press('Enter');
      await page.waitForFunction((before) => document.querySelector('[data-testid="entry-paper-no"]')?.textContent !== before, next);
      enters.push(performance.now() - start);
    }
    const k = summarize(keys);
    const e = summarize(enters);
    report('entry screen: keystroke → next frame (400 names)', `median ${ms(k.median)} p99 ${ms(k.p99)}`, '< 50 ms (3 frames)');
    report('entry screen: Enter → paper saved, next ready', `median ${ms(e.median)} max ${ms(e.max)}`);
  } finally {
    await browser.close();
    await host.close();
  }
}
