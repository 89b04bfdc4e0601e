import { join } from 'node:path';
import { steppingClock, type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressFor, countedBallot, docxText, flat, pdfText, TIE_PAPERS } from './export-setup';
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

  /** The entry log's text, PDF and .docx, each with runs of spaces as one. */
  const bodies = async (ballotId: number): Promise<string[]> => {
    const out = join(t.dir, 'out');
    const pdf = await t.engine.call('exports:run', { what: 'entry_log', format: 'pdf', ballotId, out, ifExists: 'overwrite' });
    const docx = await t.engine.call('exports:run', { what: 'entry_log', format: 'docx', ballotId, out, ifExists: 'overwrite' });
    return [flat(pdfText(pdf.files[0]!.path, 'raw'), 'join'), flat((await docxText(docx.files[0]!.path)).text, 'join')];
  };

  it('a hiệp thương names the paper that keeps too many in its own words, as its minutes do (docs/documents.md, Words)', async () => {
    await congressFor(t, 10, 9);
    // paper 9 keeps five names for four seats
    const id = await countedBallot(t, TIE_PAPERS);
    for (const body of await bodies(id)) {
      expect(body).toContain('Không hợp lệ: giữ lại quá số lượng được hiệp thương cử');
      expect(body).not.toMatch(/được bầu/i);
    }
  });

  it('a Party ballot keeps "giữ lại quá số lượng được bầu"', async () => {
    await congressFor(t, 4, 4);
    const { id } = await t.engine.call('ballots:create', settings({ preset: 'party', seats: 1, seatsApproved: 1 }));
    await t.engine.call('ballots:setCandidates', { id, candidates: names('Nguyễn Văn An', 'Trần Thị Bình') });
    await t.engine.call('ballots:open', { id });
    await t.engine.call('ballots:setCounts', { id, issued: 2 });
    await t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 1, numbers: [2], invalid: null });
    await t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 2, numbers: [], invalid: null });
    await t.engine.call('ballots:count', { id });
    for (const body of await bodies(id)) expect(body).toContain('Không hợp lệ: giữ lại quá số lượng được bầu');
  });
});

describe('the entry log is dated the day of the count (docs/documents.md, Dates)', () => {
  it('though exported the day after, its place-and-date line carries the day the count ended', async () => {
    const clock = steppingClock();
    let late = 0;
    const dated = tempEngine(() => new Date(Date.parse(clock()) + late).toISOString());
    try {
      await congressFor(dated, 10, 9);
      const ballotId = await countedBallot(dated, TIE_PAPERS);
      late = 24 * 3600 * 1000;
      const r = await dated.engine.call('exports:run', { what: 'entry_log', format: 'pdf', ballotId, out: join(dated.dir, 'out') });
      const text = flat(pdfText(r.files[0]!.path, 'raw'), 'join');
      expect(new Set(text.match(/ngày \d{1,2} tháng \d{1,2} năm \d{4}/g))).toEqual(new Set(['ngày 15 tháng 12 năm 2026']));
    } finally {
      dated.dispose();
    }
  });
});
