/** Lists of delegates as spreadsheets (xlsx / csv with BOM), every text cell formula-safe. */
import Papa from 'papaparse';
import { safeCell } from '../../shared/domain/spreadsheet-safe';
import type { DocumentMeta } from './document/model';
import { addSheet, newWorkbook } from './workbook';

export interface SheetTable {
  title: string;
  headers: string[];
  rows: (string | number)[][];
}

export async function tableWorkbook(tables: SheetTable[], meta: DocumentMeta): Promise<Buffer> {
  const wb = newWorkbook(meta);
  for (const table of tables) {
    const ws = addSheet(wb, table.title);
    ws.addRow([safeCell(meta.congressName)]).font = { bold: true };
    ws.addRow([safeCell(table.title)]).font = { bold: true, size: 13 };
    ws.addRow([]);
    ws.addRow(table.headers).font = { bold: true };
    for (const row of table.rows) ws.addRow(row.map(safeCell));
    ws.columns.forEach((c, i) => (c.width = i === 0 ? 6 : i === 2 ? 32 : 16));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function tableCsv(table: SheetTable): Buffer {
  const rows = [table.headers, ...table.rows.map((r) => r.map(safeCell))];
  return Buffer.from(`\ufeff${Papa.unparse(rows, { newline: '\r\n' })}`, 'utf8');
}
