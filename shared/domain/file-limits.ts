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
