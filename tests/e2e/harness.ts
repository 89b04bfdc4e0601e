import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type RunningHost, startHost } from '../../main/host/server';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';

const ROOT = join(import.meta.dirname, '..', '..');
export const SCREENSHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');

/** Debian's Chromium, never a downloaded browser; flags keep it off the closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

export interface App {
  t: TempEngine;
  host: RunningHost;
  browser: Browser;
  operator: Page;
  openProjector(size?: { width: number; height: number }): Promise<Page>;
  shot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/** The real engine on a real file, the browser host, and real Chromium driving the built pages. */
/** `realClock`: the engine reads the wall clock, for countdowns the browser ticks from its own clock. */
export async function startApp(options: { realClock?: boolean } = {}): Promise<App> {
  const staticDir = join(ROOT, 'dist', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) throw new Error('dist/renderer missing: run `npm run build:renderer` first');
  mkdirSync(SCREENSHOTS, { recursive: true });
  const t = options.realClock ? tempEngine(() => new Date().toISOString()) : tempEngine();
  const host = await startHost({ engine: t.engine, staticDir });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const operator = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  operator.on('pageerror', (e) => console.error('[operator page error]', e.message));
  await operator.goto(host.operatorUrl);
  return {
    t,
    host,
    browser,
    operator,
    async openProjector(size = { width: 1920, height: 1080 }) {
      const page = await browser.newPage({ viewport: size });
      await page.goto(host.projectorUrl);
      return page;
    },
    async shot(page, name) {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    },
    async close() {
      await browser.close();
      await host.close();
      t.dispose();
    },
  };
}
