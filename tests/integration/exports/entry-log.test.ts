import { join } from 'node:path';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressFor, docxText, flat, pdfText } from './export-setup';
import { names, settings } from '../../helpers/ballot-settings';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

describe('the entry log document (nhật ký nhập phiếu)', () => {
  it('shows both passes side by side, the settled disagreement, what was counted, and every correction with its reason', async () => {
    await congressFor(t, 6, 6);
    const { id } = await t.engine.call('ballots:create', settings({ passes: 2, seats: 2, seatsApproved: 2 }));
    await t.engine.call('ballots:setCandidates', {
      id,
      candidates: names('Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Văn Dũng'),
    });
    await t.engine.call('ballots:open', { id });
    const record = (pass: number, paper: number, numbers: number[], replaceReason?: string) =>
      t.engine.call('papers:record', { ballotId: id, pass, paper, numbers, invalid: null, ...(replaceReason ? { replaceReason } : {}) });
    for (const pass of [1, 2]) {
      await record(pass, 1, [1, 2]);
      await record(pass, 2, pass === 1 ? [3, 4] : [2, 4]);
    }
    await record(1, 1, [3, 4], 'Gõ nhầm phiếu số 1');
    await record(2, 1, [3, 4], 'Gõ nhầm phiếu số 1');
    await t.engine.call('papers:resolve', { ballotId: id, paper: 2, numbers: [3, 4], invalid: null });
    await t.engine.call('ballots:count', { id });

    const out = join(t.dir, 'out');
    const pdf = await t.engine.call('exports:run', { what: 'entry_log', format: 'pdf', ballotId: id, out });
    const docx = await t.engine.call('exports:run', { what: 'entry_log', format: 'docx', ballotId: id, out });
    for (const body of [flat(pdfText(pdf.files[0]!.path, 'raw'), 'join'), flat((await docxText(docx.files[0]!.path)).text, 'join')]) {
      expect(body).toContain('NHẬT KÝ NHẬP PHIẾU');
      expect(body).toContain('Lần nhập 1');
      expect(body).toContain('Lần nhập 2');
      expect(body).toContain('Các lần nhập khớp');
      expect(body).toContain('Ban kiểm phiếu chốt');
      expect(body).toContain('Sửa phiếu (Lần nhập 1)');
      expect(body).toContain('Gõ nhầm phiếu số 1');
      expect(body).toContain('Chốt phiếu không khớp');
      expect(body).toContain('TRƯỞNG BAN KIỂM PHIẾU');
    }
    // The document and the operator's sheet come from the same log.
    const log = await t.engine.call('papers:log', { ballotId: id });
    expect(log.rows.map((r) => [r.paper, r.agreed, r.counted?.valid])).toEqual([
      [1, true, true],
      [2, false, true],
    ]);
    expect(log.corrections.map((c) => c.action)).toEqual(['replace', 'replace', 'resolve']);
  });
});
