/**
 * Numbers that must line up (paper numbers, typed marks, shortcut keys) use the UI font with tabular
 * digits, not a monospace font: the system monospace fonts have no Vietnamese, and a fallback stacks
 * the tone marks of "(chưa nhập)" or a placeholder on top of each other.
 */
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

const SAMPLES = [
  '<b class="mono" id="s-mono">(chưa nhập)</b>',
  '<label class="paper-field"><input id="s-field" placeholder="Gõ số thứ tự những người bị gạch tên" /></label>',
  '<span class="mirror-number" id="s-mirror">12</span>',
  '<span class="recent-typed" id="s-recent">1 3 5</span>',
  '<kbd id="s-kbd">Ctrl+Ư</kbd>',
  '<label class="scan-field"><input id="s-scan" value="Nguyễn Thị Hằng" /></label>',
  '<div class="checkin-row"><span class="code" id="s-code">DB001</span></div>',
];

describe('the font of digits on the operator screen', () => {
  it('is the UI font, with tabular digits, wherever a monospace font was used', async () => {
    const page = await app.browser.newPage();
    await page.goto(app.host.operatorUrl, { waitUntil: 'load' });
    const styles = await page.evaluate((html) => {
      const box = document.createElement('div');
      box.innerHTML = html.join('');
      document.body.append(box);
      const ui = getComputedStyle(document.body).fontFamily;
      return ['s-mono', 's-field', 's-mirror', 's-recent', 's-kbd', 's-scan', 's-code'].map((id) => {
        const s = getComputedStyle(document.getElementById(id)!);
        return { id, sameAsUi: s.fontFamily === ui, monospace: /mono|consolas|courier/i.test(s.fontFamily), numeric: s.fontVariantNumeric };
      });
    }, SAMPLES);
    for (const s of styles) expect(s).toEqual({ id: s.id, sameAsUi: true, monospace: false, numeric: 'tabular-nums' });
    await page.close();
  });
});
