/** The document model as PDF (pdfkit): the same blocks as render-docx.ts, laid out by hand. */
import {
  type AdminDocument,
  type Block,
  fitColumns,
  KEEP_ROWS_WITH_SIGNATURES,
  MARGINS,
  NUMBER_LINE,
  runText,
  SIGN_NOTE,
  type Signature,
  signerTitles,
  SIZES,
  typeset,
} from './model';
import { createPdf, face, finishPdf, numberPages, type Pdf, pdfMarks } from './pdf-base';

const PAD = 4;
/** The space under a table. */
const TABLE_AFTER = 10;

class Layout {
  readonly left = MARGINS.left;
  readonly width: number;
  constructor(readonly doc: Pdf) {
    this.width = doc.page.width - MARGINS.left - MARGINS.right;
  }
  get bottom(): number {
    return this.doc.page.height - MARGINS.bottom;
  }
  /** Starts a new page unless `height` more points fit on this one. */
  room(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }
  centred(text: string, x: number, width: number, size: number, bold = false, italic = false, underline = false): void {
    const d = this.doc.font(face(bold, italic)).fontSize(size);
    const y = d.y;
    d.text(text, x, y, { width, align: 'center' });
    if (underline) {
      const w = Math.min(d.widthOfString(text), width);
      const lineY = d.y + 1;
      d.moveTo(x + (width - w) / 2, lineY)
        .lineTo(x + (width + w) / 2, lineY)
        .lineWidth(0.7)
        .stroke();
      d.y = lineY + 3;
    }
  }
}

function letterhead(l: Layout, b: Extract<Block, { kind: 'letterhead' }>): void {
  const d = l.doc;
  const top = d.y;
  const leftW = l.width * 0.42;
  const rightX = l.left + leftW;
  const rightW = l.width - leftW;
  d.y = top;
  l.centred(b.parent.toLocaleUpperCase('vi'), l.left, leftW, 12.5);
  l.centred(b.organisation.toLocaleUpperCase('vi'), l.left, leftW, 12.5, true, false, true);
  d.y += 6;
  l.centred(NUMBER_LINE, l.left, leftW, SIZES.number); // docs/documents.md, Number of the document
  const leftBottom = d.y;
  d.y = top;
  l.centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, rightW, 12.5, true);
  l.centred('Độc lập - Tự do - Hạnh phúc', rightX, rightW, 13.5, true, false, true);
  d.y += 8;
  l.centred(b.placeDate, rightX, rightW, 13.5, false, true);
  d.y = Math.max(d.y, leftBottom) + 16;
}

/** `keep`: the height of the signature block that follows, which this paragraph goes over to a new page with. */
function paragraph(l: Layout, b: Extract<Block, { kind: 'paragraph' }>, keep: number): void {
  const d = l.doc;
  d.fontSize(SIZES.body);
  const runs = b.runs.map(runText).filter((r) => r.text !== '');
  const plain = runs.map((r) => r.text).join('');
  const align = b.align ?? 'justify';
  const indent = b.indent === false ? 0 : 28;
  const height = d.heightOfString(plain, { width: l.width, indent, lineGap: 2 });
  const firstLines = Math.min(height, 3 * SIZES.body * 1.2);
  // the whole paragraph with the signatures when the two fit on a page; else its first lines at least
  l.room(keep > 0 && height + keep <= l.bottom - MARGINS.top ? height + keep : firstLines);
  runs.forEach((r, i) => {
    const last = i === runs.length - 1;
    d.font(face(r.bold, r.italic)).fontSize(SIZES.body);
    if (i === 0) d.text(r.text, l.left, d.y, { width: l.width, align, indent, continued: !last, lineGap: 2 });
    else d.text(r.text, { continued: !last, lineGap: 2 });
  });
  d.y += 4;
}

/**
 * A table with a border on every cell and the header repeated on each page. Cells that fit on one line
 * (nearly all) are measured by width and drawn without pdfkit's line wrapper, which is what keeps a
 * 1,500-row list to a second or two; only longer cells are wrapped.
 */
async function table(l: Layout, b: Extract<Block, { kind: 'table' }>, onRows: RowProgress, keep: number): Promise<void> {
  const d = l.doc;
  const size = b.small ? SIZES.small - 1 : SIZES.table - 1;
  const widths = fitColumns(b, l.width, size, PAD, (text, s, isBold) => d.font(face(isBold)).fontSize(s).widthOfString(text));
  const bold = new Set(b.boldRows ?? []);
  const lineH = d.font('regular').fontSize(size).currentLineHeight(true);
  const fits = (t: string, i: number) => d.widthOfString(t) <= widths[i]! - 2 * PAD;
  const heightOf = (cells: string[], isBold: boolean): number => {
    d.font(face(isBold)).fontSize(size);
    let h = lineH;
    cells.forEach((t, i) => {
      if (!fits(t, i)) h = Math.max(h, d.heightOfString(t, { width: widths[i]! - 2 * PAD }));
    });
    return h + 2 * PAD;
  };
  const drawRow = (cells: string[], isBold: boolean, header: boolean, h: number): void => {
    const y = d.y;
    let x = l.left;
    d.font(face(isBold)).fontSize(size);
    cells.forEach((t, i) => {
      const w = widths[i]!;
      if (header) d.rect(x, y, w, h).fillOpacity(0.08).fill('#000').fillOpacity(1).fillColor('#000');
      d.rect(x, y, w, h).lineWidth(0.6).stroke();
      const align = header ? 'center' : (b.columns[i]!.align ?? 'left');
      if (fits(t, i)) {
        const free = w - 2 * PAD - d.widthOfString(t);
        const dx = align === 'center' ? free / 2 : align === 'right' ? free : 0;
        d.text(t, x + PAD + dx, y + PAD, { lineBreak: false });
      } else {
        d.text(t, x + PAD, y + PAD, { width: w - 2 * PAD, align });
      }
      x += w;
    });
    d.y = y + h;
  };
  const headers = b.columns.map((c) => c.header);
  const headerH = heightOf(headers, true);
  // the last rows go over to a new page with the signature block that follows, if it does not fit here
  const keptFrom = keep > 0 ? Math.max(0, b.rows.length - KEEP_ROWS_WITH_SIGNATURES) : b.rows.length;
  const keptHeight = b.rows.slice(keptFrom).reduce((sum, row, k) => sum + heightOf(row, bold.has(keptFrom + k)), 0) + TABLE_AFTER + keep;
  l.room(headerH + (keptFrom === 0 ? keptHeight : heightOf(b.rows[0] ?? [''], false)));
  drawRow(headers, true, true, headerH);
  for (const [r, row] of b.rows.entries()) {
    const h = heightOf(row, bold.has(r));
    if (d.y + (r === keptFrom && r > 0 ? keptHeight : h) > l.bottom) {
      d.addPage();
      drawRow(headers, true, true, headerH); // the header again on every page
    }
    drawRow(row, bold.has(r), false, h);
    if (r % 250 === 249) await onRows(r + 1, b.rows.length);
  }
  d.x = l.left;
  d.y += TABLE_AFTER;
}

const SIGN_GAP = { before: 10, toSign: 60, after: 18, note: 12 };

/** Signers two to a row; a lone one (or the last of an odd count) on the right. */
function signatureRows(b: Extract<Block, { kind: 'signatures' }>): (Signature | null)[][] {
  const rows: (Signature | null)[][] = [];
  for (let i = 0; i < b.signatures.length; i += 2) {
    const group = b.signatures.slice(i, i + 2);
    rows.push(group.length < 2 ? [null, ...group] : group);
  }
  return rows;
}

/** The height of one row of signers, as signatures() draws it. */
function signatureRowHeight(l: Layout, slots: (Signature | null)[]): number {
  const d = l.doc;
  const colW = l.width / 2;
  const heights = slots.map((s) => {
    if (!s) return 0;
    d.font('bold').fontSize(SIZES.body);
    const titles = signerTitles(s).reduce((h, title) => h + d.heightOfString(title, { width: colW }), 0);
    const name = d.heightOfString(s.name || ' ', { width: colW });
    d.font('italic').fontSize(SIGN_GAP.note);
    return titles + d.heightOfString(s.note ?? SIGN_NOTE, { width: colW }) + SIGN_GAP.toSign + name;
  });
  return Math.max(...heights) + SIGN_GAP.after;
}

/** The whole signature block's height, which the text before it keeps on its page (docs/documents.md). */
function signaturesHeight(l: Layout, b: Extract<Block, { kind: 'signatures' }>): number {
  return SIGN_GAP.before + signatureRows(b).reduce((h, slots) => h + signatureRowHeight(l, slots), 0);
}

function signatures(l: Layout, b: Extract<Block, { kind: 'signatures' }>): void {
  const d = l.doc;
  const colW = l.width / 2;
  d.y += SIGN_GAP.before;
  for (const slots of signatureRows(b)) {
    l.room(signatureRowHeight(l, slots));
    const top = d.y;
    let lowest = top;
    slots.forEach((s, k) => {
      if (!s) return;
      const x = l.left + k * colW;
      d.y = top;
      // titles bold upright, the caption italic under them (docs/documents.md, Signatures)
      for (const title of signerTitles(s)) l.centred(title, x, colW, SIZES.body, true);
      l.centred(s.note ?? SIGN_NOTE, x, colW, SIGN_GAP.note, false, true);
      d.y += SIGN_GAP.toSign; // room to sign
      l.centred(s.name, x, colW, SIZES.body, true);
      lowest = Math.max(lowest, d.y);
    });
    d.y = lowest + SIGN_GAP.after;
  }
}

/** Called every few hundred rows of a long table: progress, and a turn of the event loop. */
export type RowProgress = (done: number, total: number) => Promise<void>;

export async function renderPdf(source: AdminDocument, onRows: RowProgress = async () => {}): Promise<Buffer> {
  const document = typeset(source, pdfMarks);
  const doc = createPdf(document.meta, MARGINS);
  const l = new Layout(doc);
  doc.y = MARGINS.top;
  for (const [i, b] of document.blocks.entries()) {
    doc.x = l.left;
    const next = document.blocks[i + 1];
    const keep = next?.kind === 'signatures' ? signaturesHeight(l, next) : 0;
    switch (b.kind) {
      case 'letterhead':
        letterhead(l, b);
        break;
      case 'title':
        l.room(b.lines.length * 22 + 40);
        b.lines.forEach((t, i) => l.centred(t, l.left, l.width, i === 0 ? SIZES.title : SIZES.body, true));
        doc.y += 12;
        break;
      case 'heading':
        l.room(50);
        doc.y += 4;
        doc.font('bold').fontSize(SIZES.body).text(b.text, l.left, doc.y, { width: l.width });
        doc.y += 3;
        break;
      case 'paragraph':
        paragraph(l, b, keep);
        break;
      case 'table':
        await table(l, b, onRows, keep);
        break;
      case 'signatures':
        signatures(l, b);
        break;
    }
  }
  numberPages(doc, MARGINS.top, SIZES.pageNumber);
  return finishPdf(doc);
}
