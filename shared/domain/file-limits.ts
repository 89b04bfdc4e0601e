import { formatCount } from './format';

/**
 * The largest roster file accepted. A real 10,000-row roster is under 1 MB; 20 MB leaves room for
 * logos and extra sheets while refusing a wrong file before it is read into memory.
 */
export const MAX_ROSTER_BYTES = 20 * 1024 * 1024;

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1).replace('.', ',');

export function rosterTooLarge(fileName: string, bytes: number): { message: string; messageEn: string } {
  return {
    message:
      `Tệp «${fileName}» nặng ${megabytes(bytes)} MB, vượt giới hạn ${megabytes(MAX_ROSTER_BYTES)} MB. ` +
      'Hãy chỉ giữ trang danh sách đại biểu (bỏ hình ảnh, trang tính khác) rồi lưu lại.',
    messageEn: `"${fileName}" is ${megabytes(bytes)} MB, over the ${megabytes(MAX_ROSTER_BYTES)} MB limit. Keep only the roster sheet (no pictures or other sheets) and save again.`,
  };
}

/** A national congress has under 2,000 delegates; a file with more rows than this is the wrong file. */
export const MAX_ROSTER_ROWS = 20_000;

/**
 * What an .xlsx may unpack to, checked before unpacking: a 20,000-row roster of 15 columns is
 * ~15 MB of XML; a zip bomb is gigabytes, a million rows of names ~60 MB.
 */
export const MAX_XLSX_UNPACKED_BYTES = 50 * 1024 * 1024;

export function rosterTooManyRows(fileName: string, rows: number): { message: string; messageEn: string } {
  return {
    message: `Tệp «${fileName}» có hơn ${formatCount(rows)} dòng, vượt giới hạn ${formatCount(MAX_ROSTER_ROWS)} dòng. Hãy kiểm tra lại: đây có phải là danh sách đại biểu không?`,
    messageEn: `"${fileName}" has more than ${rows} rows, over the ${MAX_ROSTER_ROWS} row limit. Is this the delegate roster?`,
  };
}

export function xlsxUnpacksTooLarge(fileName: string, bytes: number): { message: string; messageEn: string } {
  return {
    message: `Tệp «${fileName}» khi giải nén nặng ${megabytes(bytes)} MB, vượt giới hạn ${megabytes(MAX_XLSX_UNPACKED_BYTES)} MB: quá lớn cho một danh sách, hoặc tệp đã bị làm giả. Hãy chỉ giữ trang danh sách rồi lưu lại.`,
    messageEn: `"${fileName}" unpacks to ${megabytes(bytes)} MB, over the ${megabytes(MAX_XLSX_UNPACKED_BYTES)} MB limit: too large for a list, or a forged file. Keep only the list sheet and save again.`,
  };
}
