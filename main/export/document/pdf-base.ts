/**
 * A pdfkit document set up the one way every PDF of the app needs: A4, Liberation Serif embedded as
 * a subset (Vietnamese glyphs; no built-in AFM font is ever loaded), and the producing app and schema
 * version in the document information.
 */
import PDFDocument from 'pdfkit';
import { JOINER } from '../../../shared/domain/document-format';
import { type FontFace, FONT_FILES, fontData } from '../resources';
import { type DocumentMeta, producer } from './model';

export type Pdf = PDFKit.PDFDocument;

/**
 * keepTogether's joiner as a PDF writes it: the font has no word-joiner glyph, but it has the zero-width
 * joiner, after which pdfkit's line breaking never breaks (docs/documents.md, Line breaks).
 */
export function pdfMarks(text: string): string {
  return text.replaceAll(JOINER, '\u200d');
}

/** A view of the font bytes in this realm's Uint8Array (under jsdom a Node Buffer fails pdfkit's instanceof). */
const bytes = (face: FontFace): Uint8Array => {
  const data = fontData(face);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
};

export function createPdf(meta: DocumentMeta, margins: { top: number; bottom: number; left: number; right: number }): Pdf {
  const made = producer(meta);
  const doc = new PDFDocument({
    size: 'A4',
    margins,
    bufferPages: true,
    autoFirstPage: true,
    // the initial font: our own, so pdfkit never loads its built-in Helvetica metrics
    font: bytes('regular') as unknown as string,
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Author: meta.congressName,
      Keywords: `Congress Desk ${meta.appVersion}; schema ${meta.schemaVersion}`,
      Creator: made,
      Producer: made,
      CreationDate: new Date(meta.createdAt),
    },
  });
  for (const face of Object.keys(FONT_FILES) as FontFace[]) doc.registerFont(face, bytes(face) as unknown as Buffer);
  keepFacesOpen(doc);
  doc.font('regular');
  return doc;
}

/** pdfkit's font cache, which its types do not show. */
interface FontCache {
  _font: unknown;
  _fontFamilies: Record<string, unknown>;
}

/**
 * pdfkit (0.20) remembers a registered face under its name only when it is the first font of that
 * PostScript name; the constructor has already opened the regular face from its bytes, so every
 * `font('regular')` parsed the whole font file again — half the time of a national archive. Each face
 * is opened once here and remembered under its name, so choosing it again is a lookup.
 */
function keepFacesOpen(doc: Pdf): void {
  const cache = doc as unknown as FontCache;
  for (const face of Object.keys(FONT_FILES) as FontFace[]) {
    doc.font(face);
    cache._fontFamilies[face] = cache._font;
  }
}

export function face(bold?: boolean, italic?: boolean): FontFace {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}

/** Ends the document and collects its bytes. */
export function finishPdf(doc: Pdf): Promise<Buffer> {
  return new Promise((resolveBytes, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolveBytes(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/**
 * The page number, a bare "2", centred in the top margin, upright, from page 2 on; page 1 has none
 * (docs/documents.md, Page numbers). Pages are buffered until the end.
 */
export function numberPages(doc: Pdf, topMargin: number, size: number): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start + 1; i < start + count; i++) {
    doc.switchToPage(i);
    doc
      .font('regular')
      .fontSize(size)
      .text(String(i - start + 1), 0, topMargin / 2 - size / 2, { width: doc.page.width, align: 'center', lineBreak: false });
  }
}

let measuring: Pdf | null = null;

/**
 * The width in points of a text in Liberation Serif, metric-compatible with the .docx's Times New Roman:
 * the .docx sizes its table columns by it too (model.ts, fitColumns). One document, never ended, measures.
 */
export function measureText(text: string, size: number, bold: boolean): number {
  measuring ??= createPdf(
    { title: '', subject: '', createdAt: new Date(0).toISOString(), appVersion: '', schemaVersion: 0, congressName: '' },
    {
      top: 0,
      bottom: 0,
      left: 0,
      right: 0,
    },
  );
  return measuring.font(face(bold)).fontSize(size).widthOfString(text);
}
