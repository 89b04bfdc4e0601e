import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { type RunningHost, startHost } from '../../main/host/server';
import { rememberTurnedOn } from '../../main/network/turned-on';
import { vi } from '../../renderer/i18n/vi';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { congressWith } from '../integration/ballots/ballot-setup';
import { CHROMIUM_ARGS, SCREENSHOTS } from './harness';

/**
 * The top bar's red badge for a hall network that did not come back on after a restart
 * (docs/hall-network.md §8), in Chromium at the hall's smallest size: the operator must read it
 * at a glance, so its words are measured against its own background (WCAG contrast, at least 4.5:1).
 */
const ROOT = join(import.meta.dirname, '..', '..');

/** WCAG relative luminance of a CSS rgb()/rgba() colour. */
function luminance(css: string): number {
  const [r, g, b] = css
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number) as [number, number, number];
  const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

let t: TempEngine;
let host: RunningHost;
let browser: Browser;
beforeAll(async () => {
  t = tempEngine();
  await congressWith(t, 2, 0);
  // left on at an address this machine does not have (TEST-NET-1): it cannot come back on
  rememberTurnedOn(t.engine.workspace.dir, { congressPath: t.engine.context().path, address: '192.0.2.44', port: 4871 });
  host = await startHost({ engine: t.engine, staticDir: join(ROOT, 'dist', 'renderer') });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  t?.dispose();
});

describe('the hall network not back on, in the top bar at 1024×768', () => {
  it('says so in words that stand out from the badge', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(host.operatorUrl);
    const badge = page.getByTestId('network-badge');
    await expect.poll(() => badge.textContent()).toBe(vi['network.badgeNotResumed']);
    const colours = await badge.evaluate((el) => {
      const s = getComputedStyle(el);
      return { text: s.color, back: s.backgroundColor };
    });
    await page.screenshot({ path: join(SCREENSHOTS, 'operator-network-not-resumed-1024x768.png') });
    expect(colours.back).not.toMatch(/rgba\(0, 0, 0, 0\)/); // a badge of its own, not the bar's red
    expect(contrast(colours.text, colours.back)).toBeGreaterThanOrEqual(4.5);
  });
});
