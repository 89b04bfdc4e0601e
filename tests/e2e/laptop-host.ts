/**
 * The laptop in a process of its own for the e2e tests, so that a test can SIGKILL it and start it
 * again on the same workspace and congress file (tests/integration/network/campaign/laptop-process.ts,
 * which the hall campaign uses too), with Chromium driving the built pages. The loopback host keeps
 * its port and tokens across the starts (main/host/local-tokens.ts), so the operator's page opened
 * before a kill carries on after it, as a window left open on the laptop does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Engine } from '../../main/engine/engine';
import { localTokens } from '../../main/host/local-tokens';
import { freePort, LaptopProcess } from '../integration/network/campaign/laptop-process';
import { HALL, type HallApp } from './hall-pairing';
import { CHROMIUM_ARGS } from './harness';

const STATIC = join(import.meta.dirname, '..', '..', 'dist', 'renderer');

export interface LaptopApp extends HallApp {
  laptop: LaptopProcess;
  /** The congress file the laptop reopens at each start. */
  file: string;
  operator: Page;
  close(): Promise<void>;
}

/**
 * Writes a congress in a new workspace with `prepare` (the engine in this process, closed before the
 * laptop starts: the file is the laptop's alone), starts the laptop on it with the operator turning
 * the hall network on at HALL, and opens the operator's page.
 */
export async function startLaptopApp(prepare: (engine: Engine, file: string) => Promise<void>): Promise<LaptopApp> {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-laptop-'));
  const workspaceDir = join(dir, 'workspace');
  const file = join(dir, 'hall.congress');
  const engine = new Engine({ workspaceDir, backups: { enabled: false } });
  try {
    await prepare(engine, file);
  } finally {
    engine.close();
  }
  const port = await freePort('127.0.0.1');
  const laptop = new LaptopProcess({ workspaceDir, loopbackPort: port, hallPort: await freePort(HALL), staticDir: STATIC });
  let browser: Browser | null = null;
  try {
    await laptop.start({ turnNetworkOn: true });
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const operator = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    operator.on('pageerror', (e) => console.error('[operator page error]', e.message));
    const tokens = localTokens(workspaceDir);
    await operator.goto(`http://127.0.0.1:${port}/?token=${tokens.operator}`);
    const opened = browser;
    return {
      host: { port, tokens },
      browser: opened,
      laptop,
      file,
      operator,
      async close() {
        await opened.close();
        await laptop.kill();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await laptop.kill();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
