import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { DelegateInput } from '../../../shared/domain/delegate';
import { BLANK_DELEGATE } from '../../helpers/blank-delegate';
import type { TempEngine } from '../../helpers/temp-engine';

/** Real-looking delegates: diacritics of every kind, a minority, religions, ages, kinds. */
export const DELEGATES: (Partial<DelegateInput> & { fullName: string })[] = [
  {
    fullName: 'Nguyễn Thị Hằng',
    gender: 'female',
    birthDate: '1975-03-08',
    ethnicity: 'Kinh',
    partyMember: true,
    kind: 'ex_officio',
    education: 'Đại học',
    group: 'Tổ 1',
  },
  {
    fullName: 'Trần Văn Đức',
    gender: 'male',
    birthDate: '1960-11-20',
    ethnicity: 'Kinh',
    religion: 'Phật giáo',
    partyMember: true,
    kind: 'nominated',
    education: 'Thạc sĩ',
    group: 'Tổ 1',
  },
  {
    fullName: 'Lò Văn Ửng',
    gender: 'male',
    birthDate: '1990-06-01',
    ethnicity: 'Thái',
    partyMember: false,
    kind: 'nominated',
    education: 'Cao đẳng',
    group: 'Tổ 2',
  },
  {
    fullName: 'Phạm Thị Ngọc Ánh',
    gender: 'female',
    birthDate: '1998-12-31',
    ethnicity: 'Kinh',
    religion: 'Công giáo',
    partyMember: false,
    kind: 'appointed',
    education: 'Đại học',
    group: 'Tổ 2',
  },
  {
    fullName: 'Hoàng Quốc Việt',
    gender: 'male',
    birthDate: '1955',
    ethnicity: 'Tày',
    partyMember: true,
    kind: 'ex_officio',
    education: 'Tiến sĩ',
    group: 'Tổ 3',
  },
  {
    fullName: 'Đặng Thị Thu Hương',
    gender: 'female',
    birthDate: '1982-07-15',
    ethnicity: 'Kinh',
    partyMember: true,
    kind: 'nominated',
    education: 'Đại học',
    group: 'Tổ 3',
  },
];

/** A congress with `count` official delegates (the six above first), the first `present` checked in. */
export async function congressFor(t: TempEngine, count: number, present: number): Promise<void> {
  await t.engine.call('congress:create', { name: 'Đại hội đại biểu MTTQ Việt Nam phường Ngọc Hà lần thứ I', path: t.file('c.congress') });
  await t.engine.call('congress:update', { term: 'nhiệm kỳ 2025–2030', venue: 'Hội trường Ủy ban nhân dân phường Ngọc Hà' });
  for (let i = 1; i <= count; i++) {
    const base = DELEGATES[i - 1] ?? {
      fullName: `Vũ Đình Khải ${i}`,
      gender: i % 2 ? 'male' : 'female',
      birthDate: `${1950 + (i % 45)}-01-01`,
    };
    const code = `DB${String(i).padStart(4, '0')}`;
    await t.engine.call('delegates:create', { ...BLANK_DELEGATE, ...base, code, status: 'official' });
    if (i <= present) await t.engine.call('checkin:scan', { code });
  }
  await t.engine.call('exports:saveSettings', {
    parentOrganisation: 'Ủy ban MTTQ Việt Nam quận Ba Đình',
    organisation: 'Đoàn Chủ tịch Đại hội',
    place: 'Ba Đình',
    presidiumSigner: 'Nguyễn Thị Hằng',
    countingBoardChair: 'Trần Văn Đức',
    countingBoardMembers: ['Lò Văn Ửng', 'Phạm Thị Ngọc Ánh'],
    credentialsBoardChair: 'Hoàng Quốc Việt',
    secretarySigner: 'Đặng Thị Thu Hương',
  });
}

/** Nine papers for countedBallot: the struck numbers, so that names 4 and 5 tie at the last seat. */
export const TIE_PAPERS = [
  [2, 6, 7],
  [3, 6, 7],
  [3, 6, 7],
  [4, 6, 7],
  [4, 6, 7],
  [5, 6, 7],
  [5, 6, 7],
  [4, 5, 7],
  [6, 7],
];

export const CANDIDATES = ['Nguyễn Văn Bình', 'Phạm Đức', 'Trần Thị Anh', 'Hoàng Thị Dung', 'Lê Văn Ánh', 'Ngô Thị Ưng', 'Nguyễn Văn Bình'];

/**
 * A counted ballot: 7 names (two identical, so birth dates print), 4 seats, papers with a tie at the
 * last seat. Returns the ballot id.
 */
export async function countedBallot(
  t: TempEngine,
  papers: number[][],
  options: { passes?: number; issued?: number } = {},
): Promise<number> {
  const b = await t.engine.call('ballots:create', {
    title: 'Hiệp thương cử Ủy ban MTTQ Việt Nam phường Ngọc Hà khóa I',
    kind: 'committee',
    seatsApproved: 5,
    seats: 4,
    method: 'paper',
    preset: 'mttq',
    rules: { base: 'present', allStruck: 'invalid', tie: 'rerun' },
    entryMode: 'struck',
    passes: options.passes ?? 1,
  });
  const birth = ['1970-05-02', null, null, null, null, null, '1980-01-09'];
  await t.engine.call('ballots:setCandidates', {
    id: b.id,
    candidates: CANDIDATES.map((name, i) => ({ name, birthDate: birth[i] ?? null })),
  });
  await t.engine.call('ballots:open', { id: b.id });
  await t.engine.call('ballots:setCounts', { id: b.id, issued: options.issued ?? papers.length });
  for (let pass = 1; pass <= (options.passes ?? 1); pass++) {
    for (const [i, struck] of papers.entries()) {
      await t.engine.call('papers:record', { ballotId: b.id, pass, paper: i + 1, numbers: struck, invalid: null });
    }
  }
  await t.engine.call('ballots:count', { id: b.id });
  return b.id;
}

/**
 * Runs of spaces (no-break ones too: "87,50\u00a0%") as one space, so a phrase reads the same from a
 * PDF as from a .docx; line breaks kept unless `lines` is 'join' (a table cell may wrap over lines).
 */
export function flat(s: string, lines: 'keep' | 'join' = 'keep'): string {
  return s.replace(lines === 'keep' ? /[^\S\n]+/g : /\s+/g, ' ');
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * The text of a PDF as pdftotext reads it: `layout` keeps table rows on one line; `raw` follows the
 * order the text was drawn in (papers side by side on a page stay apart).
 */
export function pdfText(path: string, mode: 'layout' | 'raw' = 'layout'): string {
  return execFileSync('pdftotext', [`-${mode}`, '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

export function pdfInfo(path: string): string {
  return execFileSync('pdfinfo', [path], { encoding: 'utf8' });
}

export function pdfFonts(path: string): string {
  return execFileSync('pdffonts', [path], { encoding: 'utf8' });
}

/** One line of text on a PDF page as pdftohtml places it: position in points from the page's top-left, and its face. */
export interface PdfLine {
  page: number;
  top: number;
  left: number;
  width: number;
  text: string;
  bold: boolean;
  italic: boolean;
}

/** Every line of a PDF with its page, position (points) and bold / italic face (pdftohtml -xml). */
export function pdfLines(path: string): PdfLine[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-zoom', '1', path], { encoding: 'utf8' });
  const lines: PdfLine[] = [];
  let page = 0;
  for (const m of xml.matchAll(/<page number="(\d+)"|<text top="(\d+)" left="(\d+)" width="(\d+)"[^>]*>(.*?)<\/text>/g)) {
    if (m[1]) page = Number(m[1]);
    else {
      const inner = m[5]!;
      const text = inner
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>');
      lines.push({
        page,
        top: Number(m[2]),
        left: Number(m[3]),
        width: Number(m[4]),
        text,
        bold: inner.includes('<b>'),
        italic: inner.includes('<i>'),
      });
    }
  }
  return lines;
}

/** The visible text of a .docx (paragraphs joined by newlines), and its XML parts. */
export async function docxText(
  path: string,
): Promise<{ text: string; xml: string; core: string; custom: string; styles: string; headers: string[] }> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
  const decode = (s: string) =>
    s
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'");
  return {
    text: decode(paragraphs.join('\n')),
    xml,
    core: (await zip.file('docProps/core.xml')?.async('string')) ?? '',
    custom: (await zip.file('docProps/custom.xml')?.async('string')) ?? '',
    styles: (await zip.file('word/styles.xml')?.async('string')) ?? '',
    headers: await Promise.all(zip.file(/^word\/header\d*\.xml$/).map((f) => f.async('string'))),
  };
}

/** Renders every page of a PDF to PNG (for the QR decoder and for looking at), returns the paths. */
export function pdfToPngs(path: string, prefix: string, dpi = 110): string[] {
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', path, prefix]);
  const dir = prefix.slice(0, prefix.lastIndexOf('/'));
  const base = prefix.slice(prefix.lastIndexOf('/') + 1);
  return execFileSync('ls', [dir], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => `${dir}/${f}`);
}
