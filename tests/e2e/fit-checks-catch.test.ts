import { type Browser, chromium } from 'playwright-core';
import { fitProblems } from './fit-check';
import { CHROMIUM_ARGS } from './harness';
import { screenFitProblems } from './operator-fit-check';

/** The fit checks themselves can fail: each kind of problem, drawn on purpose, is found. */
let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
afterAll(() => browser.close());

const over = `<span style="position:absolute;left:10px;top:10px">Nguyễn Văn An</span><span style="position:absolute;left:14px;top:12px">Trần Thị Bình</span>`;
const cut = `<div style="width:60px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis">Vắng có lý do: đi công tác</div>`;

describe('the fit checks', () => {
  it('find text drawn over text and text cut off on an operator screen, and nothing on a clean one', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.setContent(`<main class="operator-main" style="position:relative">${over}<div style="margin-top:60px">${cut}</div></main>`);
    const kinds = (await screenFitProblems(page)).map((p) => [p.kind, p.text]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['overlap', 'Nguyễn Văn An'],
        ['clipped', 'Vắng có lý do: đi công tác'],
      ]),
    );
    await page.setContent(`<main class="operator-main"><p>Nguyễn Văn An</p><p>Trần Thị Bình</p></main>`);
    expect(await screenFitProblems(page)).toEqual([]);
    await page.close();
  });

  it('find text drawn over text on a slide', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.setContent(
      `<div class="slide-stage"><div class="slide" style="position:relative;width:800px;height:600px">${over}</div></div>`,
    );
    expect((await fitProblems(page)).map((p) => p.kind)).toContain('overlap');
    await page.close();
  });
});
