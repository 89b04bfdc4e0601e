/**
 * Ballot papers (phiếu hiệp thương / phiếu bầu), PDF: the organisation's heading, the paper's title,
 * the numbered names in printed order (birth date beside identical names), the marking instructions
 * and a space for the stamp top-left. One, two or four papers per A4 page; a list too long for its
 * slot takes whole pages and continues over as many sheets as it needs ("Tờ 1/3").
 * A list without surplus gets the two-column Đồng ý / Không đồng ý layout (docs/exports.md).
 */
import { formatDate } from '../../shared/domain/format';
import type { Ballot } from '../db/ballots';
import type { DocumentMeta } from './document/model';
import { MM } from './document/model';
import { createPdf, finishPdf, type Pdf } from './document/pdf-base';
import type { Letterhead } from './sources';
import type { Template } from './templates';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Look {
  size: number;
  pad: number;
}

const LOOKS: Record<1 | 2 | 4, Look> = { 1: { size: 13, pad: 15 * MM }, 2: { size: 11.5, pad: 10 * MM }, 4: { size: 9.5, pad: 7 * MM } };

export interface PaperInput {
  ballot: Ballot;
  letterhead: Letterhead;
  t: Template;
  meta: DocumentMeta;
}

const isConsult = (b: Ballot) => b.preset === 'mttq' || b.preset === null;

function paperName(c: Ballot['candidates'][number], t: Template): string {
  return c.showBirthDate && c.birthDate ? `${c.name} ${t('birth', { date: formatDate(c.birthDate) })}` : c.name;
}

/** Writes centred text inside a box, returns the new y. */
function centred(doc: Pdf, text: string, box: Box, y: number, size: number, font: 'regular' | 'bold' | 'italic'): number {
  doc.font(font).fontSize(size).text(text, box.x, y, { width: box.w, align: 'center' });
  return doc.y;
}

/** The head of a paper: stamp space, congress, title, seats. Returns where the list starts. */
function head(doc: Pdf, p: PaperInput, box: Box, look: Look): number {
  const { t, ballot } = p;
  const stamp = { w: Math.min(38 * MM, box.w * 0.3), h: 24 * MM };
  doc.save().dash(3, { space: 3 }).lineWidth(0.6).rect(box.x, box.y, stamp.w, stamp.h).stroke().restore();
  doc
    .font('italic')
    .fontSize(look.size * 0.65)
    .text(t('stamp'), box.x + 3, box.y + stamp.h / 2 - look.size * 0.6, { width: stamp.w - 6, align: 'center' });
  const right: Box = { x: box.x + stamp.w + 6, y: box.y, w: box.w - stamp.w - 6, h: stamp.h };
  let y = centred(doc, p.letterhead.documents.parentOrganisation.toLocaleUpperCase('vi'), right, box.y, look.size * 0.85, 'regular');
  y = centred(doc, p.letterhead.congress.name.toLocaleUpperCase('vi'), right, y, look.size * 0.85, 'bold');
  if (p.letterhead.congress.term) y = centred(doc, p.letterhead.congress.term, right, y, look.size * 0.85, 'italic');
  y = Math.max(y, box.y + stamp.h) + look.size * 0.6;
  const action = isConsult(ballot) ? t('action.consult') : t('action.elect');
  y = centred(doc, isConsult(ballot) ? t('title.consult') : t('title.elect'), box, y, look.size * 1.45, 'bold');
  y = centred(doc, ballot.title.toLocaleUpperCase('vi'), box, y + 2, look.size * 1.05, 'bold');
  y = centred(doc, t('seats', { action, seats: ballot.seats }), box, y + 2, look.size * 0.95, 'italic');
  return y + look.size * 0.8;
}

function instructionsHeight(doc: Pdf, text: string, box: Box, look: Look): number {
  return (
    doc
      .font('italic')
      .fontSize(look.size * 0.85)
      .heightOfString(text, { width: box.w }) + look.size
  );
}

function instructions(doc: Pdf, text: string, box: Box, look: Look): void {
  const h = instructionsHeight(doc, text, box, look);
  doc
    .font('italic')
    .fontSize(look.size * 0.85)
    .text(text, box.x, box.y + box.h - h + look.size, { width: box.w, align: 'justify' });
}

/** Names in columns (surplus list): "1. Trần Thị Anh", column after column. Returns rows drawn. */
function nameColumns(doc: Pdf, names: string[], first: number, box: Box, look: Look, columns: number): void {
  const rowH = look.size * 1.55;
  const rows = Math.ceil(names.length / columns);
  const colW = box.w / columns;
  doc.font('regular').fontSize(look.size);
  names.forEach((name, i) => {
    const col = Math.floor(i / rows);
    const row = i % rows;
    doc.text(`${first + i}. ${name}`, box.x + col * colW + (columns === 1 ? box.w * 0.2 : 8), box.y + row * rowH, {
      width: colW - 10,
      lineBreak: false,
      ellipsis: true,
    });
  });
}

/** The two-column Đồng ý / Không đồng ý table (no surplus). */
function yesNoTable(doc: Pdf, names: string[], first: number, box: Box, look: Look, t: Template): void {
  const rowH = look.size * 1.7;
  const widths = [0.09, 0.51, 0.2, 0.2].map((f) => f * box.w);
  const cells = (values: string[], y: number, bold: boolean) => {
    let x = box.x;
    values.forEach((v, i) => {
      doc.lineWidth(0.6).rect(x, y, widths[i]!, rowH).stroke();
      doc
        .font(bold ? 'bold' : 'regular')
        .fontSize(look.size)
        .text(v, x + 4, y + (rowH - look.size) / 2 - 1, {
          width: widths[i]! - 8,
          align: i === 1 && !bold ? 'left' : 'center',
          lineBreak: false,
          ellipsis: true,
        });
      x += widths[i]!;
    });
  };
  cells([t('col.no'), t('col.name'), t('col.yes'), t('col.no_')], box.y, true);
  names.forEach((n, i) => cells([String(first + i), n, '', ''], box.y + (i + 1) * rowH, false));
}

/** How many names fit in a list area of height h. */
function capacity(h: number, look: Look, surplus: boolean, columns: number): number {
  return surplus ? Math.floor(h / (look.size * 1.55)) * columns : Math.floor(h / (look.size * 1.7)) - 1;
}

function columnsFor(look: Look, width: number): number {
  return width / look.size > 45 ? 2 : 1;
}

/** Long lists (a national committee: 400 names) print smaller, in two columns, over several sheets. */
const LONG_LIST = 40;
const LONG_LOOK: Look = { size: 11, pad: 14 * MM };

/** Lays one paper out in `box`; with `multiPage`, continues on new pages. Returns false if it does not fit a single slot. */
function drawPaper(doc: Pdf, p: PaperInput, box: Box, asked: Look, multiPage: boolean): boolean {
  const { ballot, t } = p;
  const surplus = ballot.candidates.length > ballot.seats;
  const look = multiPage && ballot.candidates.length > LONG_LIST ? LONG_LOOK : asked;
  const names = ballot.candidates.map((c) => paperName(c, t));
  const note = surplus ? t('instructions.surplus', { seats: ballot.seats }) : t('instructions.yesno');
  const inner: Box = { x: box.x + look.pad, y: box.y + look.pad, w: box.w - 2 * look.pad, h: box.h - 2 * look.pad };
  const top = head(doc, p, inner, look);
  const noteH = instructionsHeight(doc, note, inner, look);
  const columns = surplus ? (look === LONG_LOOK ? 2 : columnsFor(look, inner.w)) : 1;
  const rowH = look.size * (surplus ? 1.55 : 1.7);
  const rowsOf = (n: number) => (surplus ? Math.ceil(n / columns) : n + 1);
  const draw = (slice: string[], first: number, y: number): number => {
    const area = { x: inner.x, y, w: inner.w, h: 0 };
    if (surplus) nameColumns(doc, slice, first, area, look, columns);
    else yesNoTable(doc, slice, first, area, look, t);
    return y + rowsOf(slice.length) * rowH;
  };
  const fitsHere = capacity(inner.y + inner.h - noteH - top, look, surplus, columns);
  if (names.length <= fitsHere) {
    // the note right under the list, where the delegate reads it before marking
    const end = draw(names, 1, top);
    doc
      .font('italic')
      .fontSize(look.size * 0.85)
      .text(note, inner.x, end + look.size * 0.8, { width: inner.w, align: 'justify' });
    return true;
  }
  if (!multiPage) return false;
  // A long list: the head and as many names as fit, then whole sheets of names, the note on the last.
  const footer = look.size * 2;
  const firstCap = capacity(inner.y + inner.h - footer - top, look, surplus, columns);
  const fullCap = capacity(inner.h - footer, look, surplus, columns);
  const lastCap = capacity(inner.h - noteH - footer, look, surplus, columns);
  const sheets: [number, number][] = [[0, firstCap]];
  let at = firstCap;
  while (names.length - at > lastCap) {
    sheets.push([at, at + fullCap]);
    at += fullCap;
  }
  if (at < names.length) sheets.push([at, names.length]);
  // the last sheet must leave room for the note; if it does not, its tail moves to one more sheet
  const [from, to] = sheets[sheets.length - 1]!;
  const roomWithNote = sheets.length === 1 ? fitsHere : lastCap;
  if (to - from > roomWithNote) sheets.splice(sheets.length - 1, 1, [from, from + roomWithNote], [from + roomWithNote, to]);
  sheets.forEach(([from, to], k) => {
    if (k > 0) doc.addPage();
    draw(names.slice(from, to), from + 1, k === 0 ? top : inner.y);
    doc
      .font('italic')
      .fontSize(look.size * 0.8)
      .text(t('sheet', { page: k + 1, pages: sheets.length }), inner.x, box.y + box.h - look.pad / 2 - look.size, {
        width: inner.w,
        align: 'right',
        lineBreak: false,
      });
  });
  instructions(doc, note, { ...inner, h: inner.h - footer }, look);
  return true;
}

/** Cut guides between papers sharing a page. */
function cutLines(doc: Pdf, boxes: Box[]): void {
  doc.save().dash(4, { space: 4 }).lineWidth(0.4).strokeColor('#888');
  for (const b of boxes) {
    if (b.x > 0)
      doc
        .moveTo(b.x, b.y)
        .lineTo(b.x, b.y + b.h)
        .stroke();
    if (b.y > 0)
      doc
        .moveTo(b.x, b.y)
        .lineTo(b.x + b.w, b.y)
        .stroke();
  }
  doc.restore();
}

function slots(perPage: 1 | 2 | 4, page: { width: number; height: number }): Box[] {
  const { width: W, height: H } = page;
  if (perPage === 1) return [{ x: 0, y: 0, w: W, h: H }];
  if (perPage === 2)
    return [
      { x: 0, y: 0, w: W, h: H / 2 },
      { x: 0, y: H / 2, w: W, h: H / 2 },
    ];
  return [0, 1, 2, 3].map((i) => ({ x: (i % 2) * (W / 2), y: Math.floor(i / 2) * (H / 2), w: W / 2, h: H / 2 }));
}

/**
 * One page of papers (the printer makes the copies): `perPage` identical papers, or a single paper
 * over as many pages as the list needs when it does not fit the slot.
 */
export async function ballotPapersPdf(p: PaperInput, perPage: 1 | 2 | 4): Promise<{ data: Buffer; perPage: number }> {
  const doc = createPdf(p.meta, { top: 0, bottom: 0, left: 0, right: 0 });
  const page = { width: doc.page.width, height: doc.page.height };
  let used = perPage;
  const boxes = slots(perPage, page);
  // Try the asked layout on a scratch document first: a list that does not fit falls back to one per page.
  const probe = createPdf(p.meta, { top: 0, bottom: 0, left: 0, right: 0 });
  if (perPage !== 1 && !drawPaper(probe, p, boxes[0]!, LOOKS[perPage], false)) used = 1;
  probe.end();
  if (used === 1) drawPaper(doc, p, slots(1, page)[0]!, LOOKS[1], true);
  else {
    for (const b of boxes) drawPaper(doc, p, b, LOOKS[perPage], false);
    cutLines(doc, boxes);
  }
  return { data: await finishPdf(doc), perPage: used };
}
