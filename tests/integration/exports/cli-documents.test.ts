/**
 * The papers of a session made from the command line carry what `congress set` stored: the issuing
 * body, the place and the congress day on the date line, and each signer's name under their title, not
 * the dots a clerk would fill in (docs/documents.md, Dates and Signatures).
 */
import { join } from 'node:path';
import { cli, useCliSandbox } from '../../helpers/cli-sandbox';
import { flat, pdfText } from './export-setup';

let dir: string;
useCliSandbox('cli-documents-', (d) => (dir = d));

describe('documents made from the command line', () => {
  it('credentials report and attendance list: issuing body, place and day, signers by name', async () => {
    const file = join(dir, 'c.congress');
    expect((await cli('new', file, '--name', 'Đại hội thử')).code).toBe(0);
    const set = await cli(
      'congress',
      'set',
      file,
      '--date',
      '20/03/2026',
      '--place',
      'Hà Nội',
      '--organisation',
      'ĐOÀN CHỦ TỊCH ĐẠI HỘI',
      '--presidium-signer',
      'Nguyễn Văn Chủ Tịch',
      '--credentials-chair',
      'Lê Thị Thẩm Tra',
      '--secretary',
      'Phạm Văn Thư Ký',
    );
    expect(set.code, set.out).toBe(0);
    for (const [what, signer] of [
      ['credentials', 'Lê Thị Thẩm Tra'],
      ['attendance', 'Phạm Văn Thư Ký'],
    ] as const) {
      const r = await cli('export', file, what, '--format', 'pdf', '--out', join(dir, `${what}/`), '--json');
      expect(r.code, r.out).toBe(0);
      const text = flat(pdfText((JSON.parse(r.out) as { files: { path: string }[] }).files[0]!.path), 'join');
      expect(text, what).toContain('ĐOÀN CHỦ TỊCH ĐẠI HỘI');
      expect(text, what).toContain('Hà Nội, ngày 20 tháng 3 năm 2026');
      expect(text, what).toContain(signer);
      expect(text, what).not.toMatch(/\.{10}, ngày/);
    }
  });
});
