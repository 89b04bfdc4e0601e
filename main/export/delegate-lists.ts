/**
 * Lists of delegates as spreadsheets (xlsx / csv with BOM). Cells are typed (sheet-cells.ts): dates and
 * times stay dates in .xlsx, ISO in .csv; only the CSV's text needs the formula guard.
 */
import Papa from 'papaparse';
import type { DocumentMeta } from './document/model';
import { addTypedRow, csvValue, type SheetCell } from './sheet-cells';
import { addSheet, newWorkbook } from './workbook';

export interface SheetTable {
  title: string;
  headers: string[];
  rows: SheetCell[][];
}

export async function tableWorkbook(tables: SheetTable[], meta: DocumentMeta): Promise<Buffer> {
  const wb = newWorkbook(meta);
  for (const table of tables) {
    const ws = addSheet(wb, table.title);
    ws.addRow([meta.congressName]).font = { bold: true };
    ws.addRow([table.title]).font = { bold: true, size: 13 };
    ws.addRow([]);
    ws.addRow(table.headers).font = { bold: true };
    for (const row of table.rows) addTypedRow(ws, row);
    ws.columns.forEach((c, i) => (c.width = i === 0 ? 6 : i === 2 ? 32 : 16));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function tableCsv(table: SheetTable): Buffer {
  const rows = [table.headers.map(csvValue), ...table.rows.map((r) => r.map(csvValue))];
  return Buffer.from(`\ufeff${Papa.unparse(rows, { newline: '\r\n' })}`, 'utf8');
}
