/** Every .xlsx the app writes starts the same way: the document's properties name the app and its versions. */
import ExcelJS from 'exceljs';
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
