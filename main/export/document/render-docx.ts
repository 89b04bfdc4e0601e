/** The document model as .docx (the `docx` library): Times New Roman 14 pt, A4, administrative layout. */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  NoBreakHyphen,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { JOINER } from '../../../shared/domain/document-format';
import { measureText } from './pdf-base';
import {
  type AdminDocument,
  type Align,
  type Block,
  fitColumns,
  type Inline,
  KEEP_ROWS_WITH_SIGNATURES,
  MARGINS,
  MM,
  NUMBER_LINE,
  producer,
  runText,
  SIGN_NOTE,
  signerTitles,
  SIZES,
  typeset,
} from './model';

const FONT = 'Times New Roman';
/** Word proofs the text as Vietnamese whatever the machine's language (docs/documents.md, Language). */
const LANGUAGE = 'vi-VN';
const TWIP_PER_PT = 20;
const PAGE_TWIPS = { width: 11906, height: 16838 };
const TEXT_WIDTH = PAGE_TWIPS.width - Math.round((MARGINS.left + MARGINS.right) * TWIP_PER_PT);

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

/** A hyphen held to what follows (keepTogether) is Word's own non-breaking hyphen (docs/documents.md, Line breaks). */
function textChildren(text: string): (string | NoBreakHyphen)[] {
  return text
    .split(`-${JOINER}`)
    .flatMap((part, i) => (i === 0 ? [part] : [new NoBreakHyphen(), part]))
    .filter((c) => c !== '');
}

function runs(inlines: Inline[], size: number, base: { bold?: boolean; italic?: boolean } = {}): TextRun[] {
  return inlines.map((i) => {
    const r = runText(i);
    return new TextRun({
      children: textChildren(r.text),
      bold: r.bold ?? base.bold,
      italics: r.italic ?? base.italic,
      font: FONT,
      size: size * 2,
    });
  });
}

function line(
  text: string,
  opts: { bold?: boolean; italic?: boolean; size?: number; align?: Align; underline?: boolean; after?: number; keep?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: ALIGN[opts.align ?? 'center'],
    spacing: { before: 0, after: opts.after ?? 0 },
    ...keeping(opts.keep),
    children: [
      new TextRun({
        children: textChildren(text),
        bold: opts.bold,
        italics: opts.italic,
        font: FONT,
        size: (opts.size ?? SIZES.body) * 2,
        underline: opts.underline ? {} : undefined,
      }),
    ],
  });
}

/**
 * Word's keep-with-next and keep-lines-together: set on the last paragraphs or table rows before the
 * signature block and through it, so the block never stands alone on a page (docs/documents.md).
 */
function keeping(keep = false): { keepNext?: boolean; keepLines?: boolean } {
  return keep ? { keepNext: true, keepLines: true } : {};
}

function cell(children: Paragraph[], width: number, borders = true): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    borders: borders ? undefined : { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
    margins: { left: 80, right: 80, top: 30, bottom: 30 },
  });
}

function letterhead(b: Extract<Block, { kind: 'letterhead' }>): Table {
  const left = Math.round(TEXT_WIDTH * 0.4);
  const right = TEXT_WIDTH - left;
  const leftCell = [
    line(b.parent.toLocaleUpperCase('vi'), { size: 13 }),
    line(b.organisation.toLocaleUpperCase('vi'), { size: 13, bold: true, underline: true, after: 120 }),
    line(NUMBER_LINE, { size: SIZES.number }),
  ];
  const rightCell = [
    line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true }),
    line('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true, underline: true, after: 200 }),
    line(b.placeDate, { size: 14, italic: true }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(leftCell, left, false), cell(rightCell, right, false)] })],
  });
}

/**
 * A table; `keepEnd`: the signature block follows, and the table's last rows go over to its page with it.
 * Those rows are a table of their own, after a hairline paragraph: LibreOffice keeps a table's last rows
 * with what follows only on the table's first page, never once it has run over a page (a list of 60
 * delegates left the signatures alone on page 3), and a table of its own always starts there. Without the
 * paragraph between them, Word and LibreOffice join adjacent tables into one again.
 */
function table(b: Extract<Block, { kind: 'table' }>, keepEnd: boolean): (Table | Paragraph)[] {
  const size = b.small ? SIZES.small : SIZES.table;
  // the cell margins below are 80 twips (4 pt) a side
  const widths = fitColumns(b, TEXT_WIDTH / TWIP_PER_PT, size, 4, measureText).map((w) => Math.round(w * TWIP_PER_PT));
  const bold = new Set(b.boldRows ?? []);
  const header = new TableRow({
    tableHeader: true,
    children: b.columns.map((c, i) => cell([line(c.header, { bold: true, size })], widths[i]!)),
  });
  const keptFrom = keepEnd ? Math.max(0, b.rows.length - KEEP_ROWS_WITH_SIGNATURES) : b.rows.length;
  const body = b.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: b.columns.map((c, i) =>
          cell([line(row[i] ?? '', { size, align: c.align ?? 'left', bold: bold.has(r), keep: r >= keptFrom })], widths[i]!),
        ),
      }),
  );
  const grid = (rows: TableRow[]) =>
    new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows });
  if (keptFrom === 0 || keptFrom === b.rows.length) return [grid([header, ...body])];
  return [grid([header, ...body.slice(0, keptFrom)]), hairline(), grid(body.slice(keptFrom))];
}

/** A paragraph a tenth of a point high: the tables either side of it stay two, and look like one. */
function hairline(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: 2, lineRule: LineRuleType.EXACT }, children: [] });
}

function signatures(b: Extract<Block, { kind: 'signatures' }>): Table {
  const perRow = 2;
  const width = Math.round(TEXT_WIDTH / perRow);
  const rows: TableRow[] = [];
  for (let i = 0; i < b.signatures.length; i += perRow) {
    const group = b.signatures.slice(i, i + perRow);
    const keep = i + perRow < b.signatures.length; // with the next row of signers
    // a lone signature sits on the right, where the signer of an administrative paper signs
    const cells = group.length < perRow ? [null, ...group] : group;
    rows.push(
      new TableRow({
        cantSplit: true,
        children: cells.map((s) =>
          cell(
            s
              ? [
                  ...signerTitles(s).map((title) => line(title, { bold: true, keep })),
                  line(s.note ?? SIGN_NOTE, { italic: true, size: 13, keep }),
                  line('', { after: 1200, keep }),
                  line(s.name, { bold: true, after: 240, keep }),
                ]
              : [line('', { keep })],
            width,
            false,
          ),
        ),
      }),
    );
  }
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: Array(perRow).fill(width),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows,
  });
}

/** `keep`: the signature block follows, and this block's end goes to the next page with it. */
function block(b: Block, keep: boolean): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'letterhead':
      return [letterhead(b), line('', { after: 120 })];
    case 'title':
      return [
        ...b.lines.map((t, i) =>
          line(t, { bold: true, size: i === 0 ? SIZES.title : SIZES.body, after: i === b.lines.length - 1 ? 240 : 0 }),
        ),
      ];
    case 'heading':
      return [new Paragraph({ spacing: { before: 160, after: 80 }, children: runs([{ text: b.text, bold: true }], SIZES.body) })];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: ALIGN[b.align ?? 'justify'],
          indent: b.indent === false ? undefined : { firstLine: Math.round(10 * MM * TWIP_PER_PT) },
          spacing: { before: 0, after: 100, line: 288 },
          ...keeping(keep),
          children: runs(b.runs, SIZES.body),
        }),
      ];
    case 'table':
      return [...table(b, keep), line('', { after: 120, keep })];
    case 'signatures':
      return [line('', { after: 200, keep: true }), signatures(b)];
  }
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZES.pageNumber * 2 })],
      }),
    ],
  });
}

export async function renderDocx(source: AdminDocument): Promise<Buffer> {
  const doc = typeset(source);
  const made = producer(doc.meta);
  const document = new Document({
    creator: made,
    title: doc.meta.title,
    subject: doc.meta.subject,
    description: `${doc.meta.congressName} — ${made}`,
    keywords: `Congress Desk ${doc.meta.appVersion}; schema ${doc.meta.schemaVersion}`,
    lastModifiedBy: made,
    customProperties: [
      { name: 'AppVersion', value: doc.meta.appVersion },
      { name: 'SchemaVersion', value: String(doc.meta.schemaVersion) },
      { name: 'CreatedAt', value: doc.meta.createdAt },
    ],
    styles: { default: { document: { run: { font: FONT, size: SIZES.body * 2, language: { value: LANGUAGE } } } } },
    sections: [
      {
        // page numbers top centre, upright, none on page 1 (docs/documents.md, Page numbers)
        headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) },
        properties: {
          titlePage: true,
          page: {
            size: PAGE_TWIPS,
            margin: {
              top: Math.round(MARGINS.top * TWIP_PER_PT),
              bottom: Math.round(MARGINS.bottom * TWIP_PER_PT),
              left: Math.round(MARGINS.left * TWIP_PER_PT),
              right: Math.round(MARGINS.right * TWIP_PER_PT),
            },
          },
        },
        children: doc.blocks.flatMap((b, i) => block(b, doc.blocks[i + 1]?.kind === 'signatures')),
      },
    ],
  });
  return Packer.toBuffer(document);
}
