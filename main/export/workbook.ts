/** Every .xlsx the app writes starts the same way: the document's properties name the app and its versions. */
import ExcelJS from 'exceljs';
import { normalizeText } from '../../shared/domain/vietnamese-text';
import { type DocumentMeta, producer } from './document/model';

export function newWorkbook(meta: DocumentMeta): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const made = producer(meta);
  wb.creator = made;
  wb.lastModifiedBy = made;
  wb.title = meta.title;
  wb.subject = meta.congressName;
  wb.keywords = `Congress Desk ${meta.appVersion}; schema ${meta.schemaVersion}`;
  wb.description = made;
  wb.created = new Date(meta.createdAt);
  wb.modified = new Date(meta.createdAt);
  return wb;
}

const SHEET_NAME_MAX = 31;
/** Excel's name for its own change-history sheet: no other sheet may take it. */
const RESERVED = 'history';

/** At most `max` UTF-16 units, never half a surrogate pair, no space or apostrophe at either end. */
function fit(name: string, max: number): string {
  let cut = name.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.replace(/^['\s]+|['\s]+$/g, '');
}

/**
 * A sheet name Excel accepts, made from any title (a ballot's, a list's): Excel refuses names over
 * 31 characters, with any of : \ / ? * [ ], starting or ending with an apostrophe, empty, "History",
 * or equal to another sheet's regardless of case — and exceljs throws on them, which took the whole
 * export (and the archive) down with it. Invisible and control characters go too. A name already
 * taken gets " (2)", " (3)"…
 */
export function safeSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([RESERVED, ...[...taken].map((n) => n.toLowerCase())]);
  const base = fit(normalizeText(wanted.replace(/[:\\/?*[\]]/g, ' ')), SHEET_NAME_MAX) || 'Trang';
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    name = `${fit(base, SHEET_NAME_MAX - suffix.length)}${suffix}`;
  }
  return name;
}

/** The one way a sheet is added: named by safeSheetName, unique in its workbook. */
export function addSheet(wb: ExcelJS.Workbook, wanted: string): ExcelJS.Worksheet {
  return wb.addWorksheet(
    safeSheetName(
      wanted,
      wb.worksheets.map((ws) => ws.name),
    ),
  );
}
