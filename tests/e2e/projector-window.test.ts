/**
 * The operator page's "open the projector in a new window" button, in Chromium: the window it opens
 * holds the projector's token, never the operator's, and that token calls no operator command
 * (SECURITY.md, the browser host).
 */
import type { Page } from 'playwright-core';
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

/** The HTTP status a page gets for a command sent with `token` from inside the page. */
function statusFrom(page: Page, channel: string, token: string): Promise<number> {
  return page.evaluate(
    async ({ channel, token }) =>
      (
        await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Congress-Token': token },
          body: '{}',
        })
      ).status,
    { channel, token },
  );
}

describe('the projector window opened from the operator page', () => {
  it('gets the projector’s token, shows the hall’s slide, and cannot call operator commands', async () => {
    const { operator: page, host } = app;
    await app.t.engine.call('congress:create', {
      name: 'Đại hội đại biểu MTTQ Việt Nam phường Màn Chiếu lần thứ I',
      path: app.t.file('man-chieu.congress'),
    });
    await page.getByTestId('scan-field').waitFor();
    await page.keyboard.press('F6');
    const button = page.getByRole('button', { name: 'Mở màn chiếu trong cửa sổ mới' });
    const [popup] = await Promise.all([page.context().waitForEvent('page'), button.click()]);
    await popup.getByTestId('slide-welcome').waitFor();

    const token = await popup.evaluate(() => sessionStorage.getItem('congress-desk-token'));
    expect(token).toBe(host.tokens.projector);
    const everything = await popup.evaluate(() => `${location.href} ${JSON.stringify({ ...sessionStorage })}`);
    expect(everything).not.toContain(host.tokens.operator);
    for (const channel of ['delegates:list', 'projector:set', 'ballots:list', 'host:projectorAddress']) {
      expect(await statusFrom(popup, channel, token!), channel).toBe(403);
    }
    expect(await statusFrom(popup, 'projector:view', token!)).toBe(200);

    // the operator page goes on as before, a reload included (the projector's cookie now opens the files)
    await page.reload();
    await page.getByTestId('scan-field').waitFor();
    expect(await statusFrom(page, 'delegates:list', host.tokens.operator)).toBe(200);
  });
});
