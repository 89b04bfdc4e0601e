/** Both pages name the app's icon, and loading them asks the host for nothing it does not have (no favicon 404). */
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

describe('the app icon in the browser tab', () => {
  it.each([
    ['operator', () => app.host.operatorUrl],
    ['projector', () => app.host.projectorUrl],
  ])('%s page: links the icon, which loads, and no request fails', async (_name, url) => {
    const page = await app.browser.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(url(), { waitUntil: 'load' });
    const href = await page.evaluate(() => document.querySelector('link[rel="icon"]')?.getAttribute('href') ?? null);
    expect(href).toBeTruthy();
    const icon = await page.evaluate(async (h) => {
      const r = await fetch(new URL(h!, location.href));
      return { ok: r.ok, type: r.headers.get('content-type') ?? '', size: (await r.blob()).size };
    }, href);
    expect(icon).toMatchObject({ ok: true, type: expect.stringMatching(/^image\//) });
    expect(icon.size).toBeGreaterThan(100);
    expect(failed).toEqual([]);
    await page.close();
  });
});
