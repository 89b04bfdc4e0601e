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

describe('the fonts the app ships', () => {
  it('draws Vietnamese with its own Noto Sans and Noto Serif, never a font of the machine', async () => {
    const page = await app.browser.newPage();
    await page.goto(app.host.operatorUrl, { waitUntil: 'load' });
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.innerHTML =
        '<p id="f-sans">Số người được triệu tập: Nguyễn Thị Hằng</p><p id="f-bold" style="font-weight:800">ĐẠI HỘI ĐẠI BIỂU</p>' +
        '<ol class="paper-mirror"><li id="f-serif">Trần Văn Đức</li></ol>';
      document.body.append(box);
      return document.fonts.ready;
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const used = async (id: string) => {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `#${id}` });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      return fonts.map((f) => ({ family: f.familyName, custom: f.isCustomFont }));
    };
    // custom: a font the page loaded (ours, from renderer/styles/fonts.css), not one installed on the machine
    expect(await used('f-sans')).toEqual([{ family: 'Noto Sans', custom: true }]);
    expect(await used('f-bold')).toEqual([{ family: 'Noto Sans ExtraBold', custom: true }]);
    expect(await used('f-serif')).toEqual([{ family: 'Noto Serif', custom: true }]);
    await page.close();
  });
});
