/** The Content-Security-Policy of the served pages, as Chromium receives and enforces it. */
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

const REQUIRED = ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"];

describe('Content-Security-Policy in Chromium', () => {
  it.each([
    ['operator', () => app.host.operatorUrl],
    ['projector', () => app.host.projectorUrl],
  ])('%s page: sent as a header and carried in a <meta>, both strict', async (_name, url) => {
    const page = await app.browser.newPage();
    const response = await page.goto(url());
    const header = (await response!.allHeaders())['content-security-policy'] ?? '';
    const meta = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    for (const policy of [header, meta]) {
      for (const directive of REQUIRED) expect(policy).toContain(directive);
      expect(policy).not.toContain('unsafe-eval');
      expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    }
    await page.close();
  });

  // (eval is not tried here: code run through the DevTools protocol is exempt from the page's CSP;
  // the policy test above asserts 'unsafe-eval' is absent.)
  it('is enforced: an injected inline script and a script from another site are both blocked', async () => {
    const page = await app.browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(app.host.operatorUrl);
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true';
      document.body.append(inline);
      const foreign = document.createElement('script');
      foreign.src = 'http://evil.example/x.js';
      const foreignLoaded = await new Promise<boolean>((resolve) => {
        foreign.onload = () => resolve(true);
        foreign.onerror = () => resolve(false);
        document.body.append(foreign);
      });
      return { inline: w.__inlineRan === true, foreignLoaded };
    });
    expect(outcome).toEqual({ inline: false, foreignLoaded: false });
    expect(violations.length).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
