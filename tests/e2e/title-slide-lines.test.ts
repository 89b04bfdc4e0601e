import type { Page } from 'playwright-core';
import { settleForChecks } from './page-text';
import { type App, startApp } from './harness';
import { lineProblems, lineWith, linesOf } from './line-words';
import { HALL_SIZES } from './hall-sizes';

/**
 * Where the welcome slide's title and date line break, measured in Chromium at the four hall sizes:
 * a break inside «nhiệm kỳ 2026–2031», between «năm» and its year, or a last line of one word is
 * what the hall would read as a mistake (renderer/features/slides/hall-phrases.tsx). The demo
 * congress first, then the longest realistic city names. Screenshots: 6t-*.
 */

let app: App;
let projector: Page;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

/** The lines of the title and the date line at every size, with a screenshot of each. */
async function linesAtEverySize(name: string) {
  const found: { size: string; title: string[][]; place: string[][] }[] = [];
  for (const size of HALL_SIZES) {
    await projector.setViewportSize(size);
    await settleForChecks(projector);
    found.push({
      size: `${size.width}×${size.height}`,
      title: await projector.evaluate(linesOf, '.slide-welcome .welcome-name'),
      place: await projector.evaluate(linesOf, '.slide-welcome .welcome-place'),
    });
    await app.shot(projector, `6t-${name}-${size.width}x${size.height}`);
  }
  return found;
}

describe('the welcome slide breaks its title and date where Vietnamese allows', () => {
  it('the demo congress at the four hall sizes', async () => {
    await app.t.engine.call('congress:openDemo', {});
    await app.t.engine.call('projector:set', { slide: 'welcome' });
    projector = await app.openProjector(HALL_SIZES[0]);
    await projector.getByTestId('slide-welcome').waitFor();
    const found: string[] = [];
    for (const { size, title, place } of await linesAtEverySize('demo')) {
      const words = [
        ['Việt', 'Nam'],
        ['phường', 'Hòa', 'Bình'],
        ['lần', 'thứ', 'I'],
        ['nhiệm', 'kỳ', '2026–2031'],
      ];
      for (const p of lineProblems(title, words)) found.push(`${size} title ${p}`);
      for (const p of lineProblems(place, [['Ngày', '15', 'tháng', '12', 'năm', '2026']])) found.push(`${size} date ${p}`);
    }
    expect(found).toEqual([]);
  });

  it('a city congress: the term on its own line, a venue longer than the screen', async () => {
    await app.t.engine.call('congress:update', {
      name: 'Đại hội đại biểu Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh lần thứ XII',
      organiser: 'Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh',
      term: '2024 - 2029',
      venue: 'Hội trường Thống Nhất, 135 Nam Kỳ Khởi Nghĩa, phường Bến Thành, Thành phố Hồ Chí Minh',
      startDate: '2026-03-12',
    });
    await projector.getByText('Nhiệm kỳ 2024 - 2029').waitFor();
    const found: string[] = [];
    for (const { size, title, place } of await linesAtEverySize('city')) {
      for (const p of lineProblems(title, [
        ['Thành', 'phố', 'Hồ', 'Chí', 'Minh'],
        ['lần', 'thứ', 'XII'],
      ]))
        found.push(`${size} title ${p}`);
      // «tháng 3», as documents write it: a 0 only before months 1 and 2 (shared/domain/document-format.ts).
      const date = ['Ngày', '12', 'tháng', '3', 'năm', '2026'];
      for (const p of lineProblems(place, [date, ['Nam', 'Kỳ', 'Khởi', 'Nghĩa'], ['phường', 'Bến', 'Thành']]))
        found.push(`${size} date ${p}`);
      // The date starts its own line rather than taking the venue's last words with it.
      if (place.length > 1 && lineWith(place, 'Ngày') !== place.findIndex((l) => l[0] === 'Ngày'))
        found.push(`${size} date shares a line with the venue's end: ${place.map((l) => l.join(' ')).join(' / ')}`);
    }
    expect((await projector.locator('.welcome-place').innerText()).replace(/\s+/g, ' ')).toContain('Ngày 12 tháng 3 năm 2026');
    expect(await projector.evaluate(linesOf, '.slide-welcome .welcome-term')).toEqual([['Nhiệm', 'kỳ', '2024', '-', '2029']]);
    expect(found).toEqual([]);
  });
});
