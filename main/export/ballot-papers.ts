/**
 * Ballot papers (phiếu hiệp thương / phiếu bầu), PDF. Every position comes from the paper layout
 * (shared/domain/paper-layout.ts), the same one a scan is read against; this file only draws it:
 * corner and row marks, the stamp box, the QR code (shared/domain/paper-code.ts), the heading, the
 * numbered names in printed order (birth date beside identical names), the marking note and "Tờ k/n".
 * One, two or four identical papers per A4 page when the list fits; else one per page (docs/exports.md).
 */
import QRCode from 'qrcode';
import { formatDate } from '../../shared/domain/format';
import type { Rect, SheetGeometry } from '../../shared/domain/paper-geometry';
import { markingFor, type PaperLayout, type PaperSheet, paperLayout, type PerPage } from '../../shared/domain/paper-layout';
import { foldForSearch } from '../../shared/domain/vietnamese-text';
import type { Ballot } from '../db/ballots';
import { type PaperIdentity, paperCodes } from '../services/paper-identity';
import type { DocumentMeta } from './document/model';
import { createPdf, finishPdf, measureText, type Pdf } from './document/pdf-base';
import type { FontFace } from './resources';
import type { Letterhead } from './sources';
import type { Template } from './templates';

export interface PaperInput {
  ballot: Ballot;
  letterhead: Letterhead;
  t: Template;
  meta: DocumentMeta;
  identity: PaperIdentity;
}

const isConsult = (b: Ballot) => b.preset === 'mttq' || b.preset === null;

function paperName(c: Ballot['candidates'][number], t: Template): string {
  return c.showBirthDate && c.birthDate ? `${c.name} ${t('birth', { date: formatDate(c.birthDate) })}` : c.name;
}

interface TextStyle {
  font: FontFace;
  size: number;
  align?: 'left' | 'center' | 'right' | 'justify';
  color?: string;
}

/** The size at which `text` fits `box` (shrinking by quarter points, never below 70 %), and its height. */
function fitted(doc: Pdf, text: string, box: Rect, style: TextStyle): { size: number; h: number } {
  let size = style.size;
  for (;;) {
    const h = doc.font(style.font).fontSize(size).heightOfString(text, { width: box.w, align: style.align });
    if (h <= box.h || size <= style.size * 0.7) return { size, h: Math.min(h, box.h) };
    size -= 0.25;
  }
}

/** Text inside its box, shrunk to fit, centred top to bottom. */
function boxed(doc: Pdf, text: string, box: Rect, style: TextStyle): void {
  const { size, h } = fitted(doc, text, box, style);
  doc
    .fillColor(style.color ?? 'black')
    .font(style.font)
    .fontSize(size)
    .text(text, box.x, box.y + (box.h - h) / 2, { width: box.w, height: box.h, align: style.align ?? 'center', ellipsis: true });
  doc.fillColor('black');
}

/** Lines of different faces stacked in one box, shrunk together to fit, centred top to bottom. */
function stacked(doc: Pdf, lines: [string, FontFace][], box: Rect, size: number): void {
  const height = (s: number) =>
    lines.reduce((sum, [text, font]) => sum + doc.font(font).fontSize(s).heightOfString(text, { width: box.w, align: 'center' }), 0);
  let s = size;
  while (height(s) > box.h && s > size * 0.6) s -= 0.25;
  let y = box.y + Math.max(0, (box.h - height(s)) / 2);
  for (const [text, font] of lines) {
    doc.font(font).fontSize(s).text(text, box.x, y, { width: box.w, align: 'center' });
    y += doc.heightOfString(text, { width: box.w, align: 'center' });
  }
}

const solid = (doc: Pdf, r: Rect) => doc.rect(r.x, r.y, r.w, r.h).fill('black');

/** The QR symbol filling `r` (its quiet zone is the blank the layout leaves around it); error correction H. */
function qr(doc: Pdf, text: string, r: Rect): void {
  const code = QRCode.create(text, { errorCorrectionLevel: 'H' });
  const n = code.modules.size;
  const cell = r.w / n;
  doc.save().fillColor('black');
  for (let row = 0; row < n; row++)
    for (let col = 0; col < n; col++)
      if (code.modules.get(row, col)) doc.rect(r.x + col * cell, r.y + row * cell, cell + 0.05, cell + 0.05);
  doc.fill().restore();
}

/** The term on its own line only when neither the congress's name nor the ballot's title already says it. */
function termLine(p: PaperInput): string | null {
  const term = p.letterhead.congress.term.trim();
  if (!term) return null;
  const bare = (s: string) => foldForSearch(s).replace(/[^\p{L}\p{N}]+/gu, '');
  const said = [p.letterhead.congress.name, p.ballot.title].some((s) => bare(s).includes(bare(term)));
  return said ? null : term;
}

function drawHead(doc: Pdf, p: PaperInput, sheet: PaperSheet, size: number): void {
  const { t, ballot } = p;
  const { boxes } = sheet;
  const title = isConsult(ballot) ? t('title.consult') : t('title.elect');
  if (sheet.geometry.sheet === 1) {
    const term = termLine(p);
    const lines: [string, FontFace][] = [
      [p.letterhead.documents.parentOrganisation.toLocaleUpperCase('vi'), 'regular'],
      [p.letterhead.congress.name.toLocaleUpperCase('vi'), 'bold'],
    ];
    if (term) lines.push([term, 'italic']);
    stacked(
      doc,
      lines.filter(([text]) => text.trim() !== ''),
      boxes.head,
      size * 0.82,
    );
  } else {
    stacked(doc, [[`${title} — ${ballot.title.toLocaleUpperCase('vi')}`, 'bold']], boxes.head, size * 0.9);
  }
  if (boxes.title) boxed(doc, title, boxes.title, { font: 'bold', size: size * 1.45 });
  if (boxes.ballotTitle) boxed(doc, ballot.title.toLocaleUpperCase('vi'), boxes.ballotTitle, { font: 'bold', size: size * 1.08 });
  const action = isConsult(ballot) ? t('action.consult') : t('action.elect');
  if (boxes.seats) boxed(doc, t('seats', { action, seats: ballot.seats }), boxes.seats, { font: 'italic', size: size * 0.95 });
  if (boxes.note) {
    const note = sheet.geometry.marking === 'strike' ? t('instructions.surplus', { seats: ballot.seats }) : t('instructions.yesno');
    boxed(doc, note, boxes.note, { font: 'italic', size: size * 0.82, align: 'justify' });
  }
  const g = sheet.geometry;
  if (boxes.sheetNo) boxed(doc, t('sheet', { page: g.sheet, pages: g.sheets }), boxes.sheetNo, { font: 'italic', size: size * 0.85 });
}

function drawStamp(doc: Pdf, t: Template, r: Rect, size: number): void {
  doc.save().dash(3, { space: 3 }).lineWidth(0.6).strokeColor('#555').rect(r.x, r.y, r.w, r.h).stroke().restore();
  boxed(doc, t('stamp'), { x: r.x + 3, y: r.y + 3, w: r.w - 6, h: r.h - 6 }, { font: 'italic', size: size * 0.65, color: '#777' });
}

/** One line of text at the vertical middle of a row's box, never wrapping. */
function rowText(doc: Pdf, text: string, r: Rect, size: number, font: FontFace, align: 'left' | 'right' | 'center'): void {
  const pad = size * 0.2;
  doc
    .font(font)
    .fontSize(size)
    .text(text, r.x + pad, r.y + (r.h - doc.currentLineHeight()) / 2, { width: r.w - 2 * pad, align, lineBreak: false, ellipsis: true });
}

const stroke = (doc: Pdf, r: Rect) => doc.lineWidth(0.6).rect(r.x, r.y, r.w, r.h).stroke();

function drawRows(doc: Pdf, p: PaperInput, sheet: PaperSheet, size: number): void {
  const { geometry: g, boxes, names } = sheet;
  const yesNo = g.marking === 'yes-no';
  if (yesNo) {
    const labels = [p.t('col.no'), p.t('col.name'), p.t('col.yes'), p.t('col.no_')];
    for (const heads of boxes.columnHeads)
      heads.forEach((r, i) => {
        stroke(doc, r);
        boxed(doc, labels[i]!, { x: r.x + 2, y: r.y + 1, w: r.w - 4, h: r.h - 2 }, { font: 'bold', size: size * 0.8 });
      });
  }
  g.rows.forEach((row, i) => {
    const number = boxes.numbers[i]!;
    rowText(doc, yesNo ? String(row.number) : `${row.number}.`, number, size, 'regular', yesNo ? 'center' : 'right');
    rowText(doc, names[i]!, row.name, size, 'regular', 'left');
    if (yesNo) for (const r of [number, row.name, row.yes!, row.no!]) stroke(doc, r);
  });
  for (const row of g.rows) for (const mark of row.marks) solid(doc, mark);
}

function drawSheet(doc: Pdf, p: PaperInput, sheet: PaperSheet, code: string, size: number): void {
  const g: SheetGeometry = sheet.geometry;
  for (const c of g.corners) solid(doc, c);
  drawStamp(doc, p.t, g.stamp, size);
  qr(doc, code, g.code);
  drawHead(doc, p, sheet, size);
  drawRows(doc, p, sheet, size);
}

/** Cut guides between papers sharing a page, on the slots' inner edges. */
function cutLines(doc: Pdf, layout: PaperLayout): void {
  const { w, h } = layout.sheets[0]!.geometry.size;
  doc.save().dash(4, { space: 4 }).lineWidth(0.4).strokeColor('#888');
  for (const s of layout.slots) {
    if (s.x > 0)
      doc
        .moveTo(s.x, s.y)
        .lineTo(s.x, s.y + h)
        .stroke();
    if (s.y > 0)
      doc
        .moveTo(s.x, s.y)
        .lineTo(s.x + w, s.y)
        .stroke();
  }
  doc.restore();
}

/** The layout of a ballot's papers; a scan reader gets the same sheets from the form in the code (`sheetsOf`). */
export function ballotPaperLayout(ballot: Ballot, t: Template, perPage: PerPage): PaperLayout {
  return paperLayout({
    names: ballot.candidates.map((c) => paperName(c, t)),
    marking: markingFor(ballot.candidates.length, ballot.seats),
    perPage,
    measure: (text, size) => measureText(text, size, false),
  });
}

export interface PaperPdf {
  data: Buffer;
  /** The papers per page actually printed, and why fewer than asked. */
  perPage: PerPage;
  reason: 'asked' | 'long';
  layout: PaperLayout;
  /** The code printed on each sheet, in sheet order. */
  codes: string[];
}

/**
 * One A4 page per sheet (the printer makes the copies): with two or four per page, every slot holds the
 * same sheet, so every copy of a sheet is the same paper with the same code.
 */
export async function ballotPapersPdf(p: PaperInput, perPage: PerPage): Promise<PaperPdf> {
  const layout = ballotPaperLayout(p.ballot, p.t, perPage);
  const codes = paperCodes(p.identity, p.ballot.candidates, layout);
  const doc = createPdf(p.meta, { top: 0, bottom: 0, left: 0, right: 0 });
  layout.sheets.forEach((sheet, k) => {
    if (k > 0) doc.addPage();
    for (const slot of layout.slots) {
      doc.save().translate(slot.x, slot.y);
      drawSheet(doc, p, sheet, codes[k]!, layout.form.size);
      doc.restore();
    }
    if (layout.slots.length > 1) cutLines(doc, layout);
  });
  const used = layout.form.perPage;
  return { data: await finishPdf(doc), perPage: used, reason: layout.fellBack ? 'long' : 'asked', layout, codes };
}
