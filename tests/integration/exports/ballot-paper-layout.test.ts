import { copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parsePaperCode } from '../../../shared/domain/paper-code';
import { steppingClock, type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { ballotHash, congressHash } from '../../../main/services/paper-identity';
import { congressFor, countedBallot, flat, pdfInfo, pdfLines, pdfText, TIE_PAPERS } from './export-setup';
import { markFound, pdfWords, readCode, readPaper, renderPages, wordsIn } from './paper-reading';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

const GIVEN = ['Anh', 'Bình', 'Cường', 'Dũng', 'Hằng', 'Ửng', 'Đức', 'Ơn'];
const FAMILY = ['Nguyễn Thị Phương', 'Trần Văn', 'Lê Hoàng', 'Phạm Thị Ngọc', 'Hoàng Quốc', 'Đặng Thị Thu'];
const nameOf = (i: number) => `${FAMILY[i % FAMILY.length]} ${GIVEN[i % GIVEN.length]} ${String(i + 1).padStart(3, '0')}`;

/** A paper ballot of `n` names; strike when seats < n, yes/no when seats = n. */
async function paperBallot(
  n: number,
  marking: 'strike' | 'yes-no',
  title = 'Hiệp thương cử Ủy ban MTTQ Việt Nam phường Ngọc Hà khóa I',
): Promise<number> {
  const seats = marking === 'strike' ? Math.max(1, Math.floor(n * 0.8)) : n;
  const b = await t.engine.call('ballots:create', {
    title,
    kind: 'committee',
    seatsApproved: seats,
    seats,
    method: 'paper',
    preset: 'mttq',
    rules: { base: 'present', allStruck: 'invalid', tie: 'rerun' },
    entryMode: 'struck',
    passes: 1,
  });
  const names = Array.from({ length: n }, (_, i) => nameOf(i));
  await t.engine.call('ballots:setCandidates', { id: b.id, candidates: names.map((name) => ({ name, birthDate: null })) });
  return b.id;
}

async function exportPapers(id: number, perPage: 1 | 2 | 4, folder = 'out') {
  const r = await t.engine.call('exports:run', {
    what: 'ballot_papers',
    format: 'pdf',
    ballotId: id,
    perPage,
    out: join(t.dir, folder),
    ifExists: 'new-name',
  });
  return r.files[0]!;
}

const pagesOf = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(pdfInfo(pdf))![1]);

/** Keeps the rendered pages for a person to look at when PAPERS_LOOK_DIR is set. */
function keep(files: string[], label: string): void {
  const dir = process.env.PAPERS_LOOK_DIR;
  if (dir) for (const f of files) copyFileSync(f, join(dir, `${label}-${basename(f)}`));
}

describe('ballot papers: layout', () => {
  it.each([30, 35, 41, 60])('%i names print on one A4 sheet with the stamp box and the note, names at 11 pt or more', async (n) => {
    await congressFor(t, 3, 3);
    const id = await paperBallot(n, 'strike');
    const file = await exportPapers(id, 1);
    expect(pagesOf(file.path)).toBe(1);
    const text = flat(pdfText(file.path, 'raw'), 'join');
    expect(text).toContain('(Dấu của Ban Tổ chức Đại hội)');
    expect(text).toContain('gạch ngang cả họ và tên');
    expect(text).not.toContain('Tờ 1/');
    const nameLine = pdfLines(file.path).find((l) => l.text.includes(nameOf(n - 1)))!;
    expect(nameLine).toBeDefined();
    const [page] = renderPages(file.path, join(t.dir, `p${n}`));
    const paper = await readPaper(t, id, page!, 1);
    expect(paper.code.form.size).toBeGreaterThanOrEqual(11);
    expect(file.note).toEqual({ key: 'export.papers.perPage', params: { perPage: 1 } });
  });

  it('a 400-name list runs over several sheets, each with the stamp box, corner marks, code and "Tờ k/n"', async () => {
    await congressFor(t, 3, 3);
    const id = await paperBallot(400, 'strike', 'Hiệp thương cử Ủy ban Trung ương MTTQ Việt Nam khóa XI');
    const file = await exportPapers(id, 1);
    const sheets = pagesOf(file.path);
    expect(sheets).toBeGreaterThan(1);
    const pages = pdfText(file.path, 'raw')
      .split('\f')
      .filter((p) => p.trim())
      .map((p) => flat(p, 'join'));
    expect(pages).toHaveLength(sheets);
    pages.forEach((p, k) => {
      expect(p).toContain('(Dấu của Ban Tổ chức Đại hội)');
      expect(p).toContain(`Tờ ${k + 1}/${sheets}`);
    });
    const rendered = renderPages(file.path, join(t.dir, 'long'));
    const paper = await readPaper(t, id, rendered[0]!, 1);
    rendered.forEach((page, k) => {
      const g = paper.sheets[k]!.geometry;
      expect(readCode(page.png, g.code, { x: 0, y: 0 }), `sheet ${k + 1}`).toBe(paper.text.replace(/\/1-/, `/${k + 1}-`));
      for (const c of g.corners) expect(markFound(page.png, c, { x: 0, y: 0 })).toBe(true);
    });
  });

  it('two or four papers per page when the list fits the slot; a long list says it printed one per page', async () => {
    await congressFor(t, 3, 3);
    const short = await paperBallot(7, 'strike');
    for (const perPage of [2, 4] as const) {
      const file = await exportPapers(short, perPage, `short-${perPage}`);
      expect(pagesOf(file.path)).toBe(1);
      expect(flat(pdfText(file.path, 'raw')).match(/PHIẾU HIỆP THƯƠNG/g)).toHaveLength(perPage);
      expect(file.note).toEqual({ key: 'export.papers.perPage', params: { perPage } });
    }
    const long = await paperBallot(60, 'strike');
    const file = await exportPapers(long, 4, 'long-4');
    expect(flat(pdfText(file.path, 'raw')).match(/PHIẾU HIỆP THƯƠNG/g)).toHaveLength(1);
    expect(file.note).toEqual({ key: 'export.papers.perPageLong', params: { perPage: 1 } });
  });

  it('the term is printed once when the ballot title already says it', async () => {
    await congressFor(t, 3, 3);
    const id = await paperBallot(7, 'strike', 'Hiệp thương cử Ủy ban MTTQ Việt Nam phường Ngọc Hà nhiệm kỳ 2025–2030');
    const file = await exportPapers(id, 1);
    expect(flat(pdfText(file.path, 'raw'), 'join').match(/nhiệm kỳ 2025–2030/gi)).toHaveLength(1);
    const other = await paperBallot(7, 'strike', 'Hiệp thương cử Ủy ban MTTQ Việt Nam phường Ngọc Hà khóa I');
    const plain = await exportPapers(other, 1, 'plain');
    expect(flat(pdfText(plain.path, 'raw'), 'join').match(/nhiệm kỳ 2025–2030/gi)).toHaveLength(1);
  });
});

describe('ballot papers: what a scan reader finds', () => {
  const CASES: [number, 'strike' | 'yes-no', 1 | 2 | 4][] = [];
  for (const n of [7, 30, 35, 41, 60, 150, 400])
    for (const m of ['strike', 'yes-no'] as const) for (const p of [1, 2, 4] as const) CASES.push([n, m, p]);

  it.each(CASES)(
    '%i names, %s, %i per page: the code parses and names the ballot, every mark is where the geometry says, every name in its box',
    async (n, marking, perPage) => {
      await congressFor(t, 3, 3);
      const id = await paperBallot(n, marking);
      const file = await exportPapers(id, perPage);
      const pages = renderPages(file.path, join(t.dir, 'page'));
      if ([35, 60, 400].includes(n) || n === 7)
        keep(
          pages.map((p) => p.file),
          `${n}-${marking}-${perPage}`,
        );
      const paper = await readPaper(t, id, pages[0]!, perPage);
      expect(paper.code.form.perPage).toBe(file.note!.params.perPage);
      expect(paper.code.sheets).toBe(pages.length);
      expect(paper.sheets).toHaveLength(pages.length);
      const words = pdfWords(file.path);
      let named = 0;
      pages.forEach((page, k) => {
        const { geometry: g, names } = paper.sheets[k]!;
        expect(g.marking).toBe(marking);
        for (const slot of paper.slots) {
          const code = readCode(page.png, g.code, slot);
          expect(code && parsePaperCode(code)).toMatchObject({ ...paper.code, sheet: k + 1 });
          for (const c of g.corners) expect(markFound(page.png, c, slot), `corner on sheet ${k + 1}`).toBe(true);
          for (const row of g.rows) for (const mark of row.marks) expect(markFound(page.png, mark, slot), `row ${row.number}`).toBe(true);
        }
        // where pdftotext places each word (points): a name's words, and only they, inside its row's name box
        g.rows.forEach((row, i) => {
          expect(wordsIn(words, k + 1, row.name), `row ${row.number}`).toEqual({ text: names[i], inside: true });
          named++;
        });
      });
      expect(named).toBe(n);
    },
  );
});

describe('ballot papers: the code', () => {
  /** Every sheet's code, from every paper of every page. */
  async function codesOf(id: number, perPage: 1 | 2 | 4, folder: string): Promise<string[]> {
    const file = await exportPapers(id, perPage, folder);
    const pages = renderPages(file.path, join(t.dir, folder, 'page'));
    const paper = await readPaper(t, id, pages[0]!, perPage);
    return pages.flatMap((page, k) =>
      paper.slots.map((slot) => readCode(page.png, paper.sheets[k]!.geometry.code, slot) ?? '(unreadable)'),
    );
  }

  it('every copy carries the same code: printed twice, the same codes; the papers of one page alike', async () => {
    await congressFor(t, 3, 3);
    const id = await paperBallot(7, 'strike');
    const first = await codesOf(id, 4, 'a');
    expect(first).toHaveLength(4);
    expect(new Set(first).size).toBe(1);
    expect(await codesOf(id, 4, 'b')).toEqual(first);
    const long = await paperBallot(150, 'yes-no');
    const sheets = await codesOf(long, 1, 'c');
    expect(sheets.length).toBeGreaterThan(1);
    expect(await codesOf(long, 1, 'd')).toEqual(sheets);
    const parsed = sheets.map((s) => parsePaperCode(s)!);
    expect(parsed.map((c) => c.sheet)).toEqual(sheets.map((_, k) => k + 1));
    expect(new Set(parsed.map((c) => `${c.congress}/${c.ballot}/${c.layout}`)).size).toBe(1);
  });

  it('names its ballot: another ballot, another round of it, another congress give another hash', async () => {
    await congressFor(t, 6, 6);
    const id = await countedBallot(t, TIE_PAPERS);
    const next = await t.engine.call('ballots:nextRound', { id, candidateNumbers: [4, 5] });
    expect(next.round).toBe(2);
    const [one] = await codesOf(id, 1, 'r1');
    const [two] = await codesOf(next.id, 1, 'r2');
    const a = parsePaperCode(one!)!;
    const b = parsePaperCode(two!)!;
    expect(a.congress).toBe(b.congress);
    expect(a.ballot).not.toBe(b.ballot);
    expect(a.layout).not.toBe(b.layout);
    // the round alone changes the ballot's hash
    const ctx = t.engine.context();
    const ballot = await t.engine.call('ballots:get', { id });
    expect(ballotHash(ctx, ballot)).toBe(a.ballot);
    expect(ballotHash(ctx, { ...ballot, round: 2 })).not.toBe(a.ballot);
    const other = tempEngine(steppingClock(Date.UTC(2026, 10, 1, 8, 0, 0)));
    try {
      await congressFor(other, 6, 6);
      expect(congressHash(other.engine.context())).not.toBe(a.congress);
    } finally {
      other.dispose();
    }
  });
});
