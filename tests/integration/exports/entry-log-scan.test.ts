/**
 * The entry log says which scanned papers the machine read alone ("đọc bằng máy", with the kept image's
 * short hash) and what the counting board decided on the others, row by row and for the page.
 */
import { join } from 'node:path';
import type { Caller } from '../../../shared/contract/envelope';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { doubtfulPass } from '../scan/read-pages';
import { congressFor, docxText, flat, pdfText } from './export-setup';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

const board: { caller: Caller } = { caller: { role: 'operator', deviceId: 'BAN1', deviceName: 'BAN1' } };

describe('the entry log of a scanned pass', () => {
  it('tells the papers the machine read from the decisions a person made, with each image’s short hash', async () => {
    await congressFor(t, 4, 4);
    const id = await doubtfulPass(t);
    const decide = (input: Record<string, unknown>) => t.engine.call('papers:decide', { ballotId: id, ...input }, board);
    await decide({
      paper: 2,
      rows: [
        { number: 6, mark: 'struck' },
        { number: 8, mark: 'kept' },
      ],
    });
    await decide({ paper: 2, valid: true });
    await decide({ paper: 3, invalid: 'written_in' });

    const out = join(t.dir, 'out');
    const pdf = await t.engine.call('exports:run', { what: 'entry_log', format: 'pdf', ballotId: id, out });
    const docx = await t.engine.call('exports:run', { what: 'entry_log', format: 'docx', ballotId: id, out });
    for (const body of [flat(pdfText(pdf.files[0]!.path, 'raw'), 'join'), flat((await docxText(docx.files[0]!.path)).text, 'join')]) {
      expect(body).toContain('1, 2, 3 (đọc bằng máy; ảnh 010101010101)');
      expect(body).toContain('4, 5, 6 (rà soát, BAN1; ảnh 020202020202; Ban kiểm phiếu: số 6 gạch, số 8 giữ; trang: hợp lệ)');
      expect(body).toContain('(rà soát, BAN1; ảnh 030303030303; Ban kiểm phiếu: cả phiếu không hợp lệ)');
      expect(body).toContain('- Phiếu quét: 1 phiếu đọc bằng máy, 2 phiếu có chỗ do Ban kiểm phiếu quyết định.');
      expect(body).toContain('Trong các ô của phiếu quét, «đọc bằng máy» là phiếu máy đọc trọn');
    }
    // the operator's sheet and `ballot log` read the same log
    const log = await t.engine.call('papers:log', { ballotId: id });
    expect((log as typeof log & { scans: unknown }).scans).toEqual({
      '1:1': { images: ['010101010101'], board: null },
      '1:2': {
        images: ['020202020202'],
        board: {
          rows: [
            { number: 6, mark: 'struck' },
            { number: 8, mark: 'kept' },
          ],
          pageValid: true,
          whole: null,
        },
      },
      '1:3': { images: ['030303030303'], board: { rows: [], pageValid: false, whole: { struck: [], invalid: 'written_in' } } },
    });
  });
});
