/**
 * Delegate cards (thẻ đại biểu), PDF: ten credit-card-size cards (85.6 × 54 mm) per A4 page with crop
 * marks, each with the congress name, the delegate's name, group and category, and a QR code of the
 * delegate code, which the check-in scanner types like a keyboard. The QR is drawn as vector squares
 * (crisp at any printer resolution) with its 4-module quiet zone.
 */
import QRCode from 'qrcode';
import type { Delegate } from '../../shared/domain/delegate';
import { type DocumentMeta, MM } from './document/model';
import { createPdf, finishPdf, type Pdf, pdfMarks } from './document/pdf-base';
import type { Template } from './templates';
import { keepTogether } from '../../shared/domain/document-format';

/** The card grid, exported so the test can cut each card out of the rendered page. */
export const CARD = { w: 85.6 * MM, h: 54 * MM, cols: 2, rows: 5 };
export const CARDS_PER_PAGE = CARD.cols * CARD.rows;

export function cardOrigin(index: number, page: { width: number; height: number }): { x: number; y: number } {
  const left = (page.width - CARD.cols * CARD.w) / 2;
  const top = (page.height - CARD.rows * CARD.h) / 2;
  const slot = index % CARDS_PER_PAGE;
  return { x: left + (slot % CARD.cols) * CARD.w, y: top + Math.floor(slot / CARD.cols) * CARD.h };
}

/** A QR code at (x, y), `size` points wide including the quiet zone. */
export function drawQr(doc: Pdf, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const cell = size / (n + 8);
  doc.save().rect(x, y, size, size).fill('#fff');
  doc.fillColor('#000');
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) if (qr.modules.get(r, c)) doc.rect(x + (c + 4) * cell, y + (r + 4) * cell, cell + 0.05, cell + 0.05);
  }
  doc.fill().restore();
}

/** Crop marks: short lines in the margin at every cut, never on a card. */
function cropMarks(doc: Pdf, page: { width: number; height: number }): void {
  const left = (page.width - CARD.cols * CARD.w) / 2;
  const top = (page.height - CARD.rows * CARD.h) / 2;
  const len = 5 * MM;
  const gap = 1.5 * MM;
  doc.save().lineWidth(0.5).strokeColor('#000');
  for (let c = 0; c <= CARD.cols; c++) {
    const x = left + c * CARD.w;
    doc
      .moveTo(x, top - gap - len)
      .lineTo(x, top - gap)
      .stroke();
    doc
      .moveTo(x, top + CARD.rows * CARD.h + gap)
      .lineTo(x, top + CARD.rows * CARD.h + gap + len)
      .stroke();
  }
  for (let r = 0; r <= CARD.rows; r++) {
    const y = top + r * CARD.h;
    doc
      .moveTo(left - gap - len, y)
      .lineTo(left - gap, y)
      .stroke();
    doc
      .moveTo(left + CARD.cols * CARD.w + gap, y)
      .lineTo(left + CARD.cols * CARD.w + gap + len, y)
      .stroke();
  }
  doc.restore();
}

/** The congress name on a card: legible (8 pt at the least), whole, on two lines, or three when it must. */
export const HEADER = { largest: 10, smallest: 8, step: 0.5, lines: 2, mostLines: 3 };

interface Header {
  text: string;
  size: number;
  height: number;
}

/**
 * The largest size from 10 down to 8 pt at which the name fits on two lines; else 8 pt on three; else the
 * name in its own capitals and small letters (narrower) on three. Only a name longer than any congress's
 * is cut, at the end of the third line. Measured once for all the cards.
 */
export function cardHeader(doc: Pdf, congressName: string, width: number): Header {
  const fit = (text: string, size: number, lines: number): Header | null => {
    doc.font('bold').fontSize(size);
    const height = doc.heightOfString(text, { width });
    return height <= lines * doc.currentLineHeight(true) + 0.5 ? { text, size, height } : null;
  };
  const upper = congressName.toLocaleUpperCase('vi');
  for (let size = HEADER.largest; size >= HEADER.smallest; size -= HEADER.step) {
    const header = fit(upper, size, HEADER.lines);
    if (header) return header;
  }
  const most = HEADER.mostLines;
  const last = fit(upper, HEADER.smallest, most) ?? fit(congressName, HEADER.smallest, most);
  return last ?? { text: congressName, size: HEADER.smallest, height: most * doc.currentLineHeight(true) };
}

function card(doc: Pdf, d: Delegate, header: Header, t: Template, x: number, y: number): void {
  const pad = 3 * MM;
  const qr = 26 * MM;
  // a hairline frame helps the guillotine when the crop marks are trimmed off
  doc.save().lineWidth(0.25).strokeColor('#bbb').rect(x, y, CARD.w, CARD.h).stroke().restore();
  doc
    .font('bold')
    .fontSize(header.size)
    .fillColor('#000')
    .text(header.text, x + pad, y + pad, { width: CARD.w - 2 * pad, align: 'center', height: header.height + 1, ellipsis: true });
  // the band sits under the header, however many lines it took
  const bandY = y + pad + Math.max(20, header.height + 2);
  doc
    .save()
    .rect(x + pad, bandY, CARD.w - 2 * pad, 0.8)
    .fill('#b00')
    .restore();
  doc
    .font('bold')
    .fontSize(12)
    .fillColor('#b00')
    .text(t('title'), x + pad, bandY + 4, { width: CARD.w - 2 * pad - qr, align: 'center' });
  doc.fillColor('#000');
  const textW = CARD.w - 2 * pad - qr - 2;
  let ty = bandY + 22;
  doc
    .font('bold')
    .fontSize(d.fullName.length > 24 ? 11 : 13)
    .text(d.fullName, x + pad, ty, { width: textW, align: 'center' });
  ty = doc.y + 3;
  doc.font('regular').fontSize(8.5);
  for (const line of [d.group ? t('group', { group: d.group }) : null, d.seat ? t('seat', { seat: d.seat }) : null].filter(
    Boolean,
  ) as string[]) {
    doc.text(line, x + pad, ty, { width: textW, align: 'center', lineBreak: false, ellipsis: true });
    ty += 11;
  }
  doc
    .font('bold')
    .fontSize(8.5)
    .text(t(`status.${d.status}`), x + pad, y + CARD.h - pad - 10, { width: textW, align: 'center' });
  const qx = x + CARD.w - pad - qr;
  const qy = bandY + 2;
  drawQr(doc, d.code, qx, qy, qr);
  doc
    .font('regular')
    .fontSize(8)
    .text(t('code', { code: d.code }), qx, qy + qr, { width: qr, align: 'center', lineBreak: false });
}

export async function delegateCardsPdf(
  delegates: readonly Delegate[],
  congressName: string,
  t: Template,
  meta: DocumentMeta,
  onPage: (page: number, pages: number) => Promise<void>,
): Promise<Buffer> {
  const doc = createPdf(meta, { top: 0, bottom: 0, left: 0, right: 0 });
  const page = { width: doc.page.width, height: doc.page.height };
  const pages = Math.max(1, Math.ceil(delegates.length / CARDS_PER_PAGE));
  const header = cardHeader(doc, pdfMarks(keepTogether(congressName)), CARD.w - 6 * MM);
  for (let p = 0; p < pages; p++) {
    if (p > 0) doc.addPage();
    cropMarks(doc, page);
    delegates.slice(p * CARDS_PER_PAGE, (p + 1) * CARDS_PER_PAGE).forEach((d, i) => {
      const { x, y } = cardOrigin(i, page);
      card(doc, d, header, t, x, y);
    });
    await onPage(p + 1, pages);
  }
  return finishPdf(doc);
}
