import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../../helpers/cli-sandbox';
import { refusal } from '../../helpers/refusal';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressFor, countedBallot, sha256File } from './export-setup';

/**
 * An exported document is never overwritten without asking: the earlier file may be the minutes
 * the counting board signed. The command line refuses unless `--overwrite` (a script names the file
 * it prints next: a silent "… (2)" would hand it the old one); the export panel asks, and can write
 * the new one beside the old as "… (2)" (docs/exports.md).
 */
let t: TempEngine;
let out = '';
let minutes = '';
beforeEach(async () => {
  t = tempEngine();
  process.env.CONGRESS_DESK_HOME = t.file('home');
  await congressFor(t, 5, 5);
  await countedBallot(t, [
    [2, 6, 7],
    [3, 6, 7],
    [4, 5, 7],
  ]);
  out = t.file('out');
  minutes = (await t.engine.call('exports:run', { what: 'minutes', format: 'docx', ballotId: 1, out })).files[0]!.path;
  writeFileSync(minutes, 'bản đã ký, quét lại'); // the board signed it; the secretariat saved the scan under that name
  t.engine.close();
});
afterEach(() => t.dispose());

describe('exporting over an earlier document', () => {
  it('from the command line: refused, saying which file and how to replace it; the signed file stays as it was', async () => {
    const signed = sha256File(minutes);
    for (const args of [
      ['--out', out],
      ['--out', minutes],
    ]) {
      const r = await cli('export', t.file('c.congress'), 'minutes', '--ballot', '1', ...args);
      expect(r.code).toBe(1);
      expect(r.out).toContain(`Đã có «${minutes}»`);
      expect(r.out).toContain('--overwrite');
      expect(sha256File(minutes)).toBe(signed);
      expect(readdirSync(out)).toEqual([minutes.split('/').pop()]); // no temporary file either
    }
    const json = await cli('export', t.file('c.congress'), 'minutes', '--ballot', '1', '--out', out, '--json');
    expect(JSON.parse(json.out)).toMatchObject({ error: 'FILE_EXISTS' });
  });

  it('from the command line with --overwrite: replaced', async () => {
    const r = await cli('export', t.file('c.congress'), 'minutes', '--ballot', '1', '--out', out, '--overwrite', '--json');
    expect(r.code).toBe(0);
    const [written] = (JSON.parse(r.out) as { files: { path: string; sha256: string }[] }).files;
    expect(written!.path).toBe(minutes);
    expect(sha256File(minutes)).toBe(written!.sha256);
  });

  it('through the contract: refused with the existing and a suggested name; "new-name" writes beside it, each time a new one', async () => {
    t.engine.open(t.file('c.congress'));
    const refused = await refusal(t.engine.call('exports:run', { what: 'minutes', format: 'docx', ballotId: 1, out }));
    const beside = minutes.replace(/\.docx$/, ' (2).docx');
    expect(refused.code).toBe('FILE_EXISTS');
    expect(refused.details).toEqual({ existing: [minutes], suggested: [beside] });
    expect(refused.message).toContain('không bị ghi đè khi chưa hỏi');
    const signed = sha256File(minutes);
    const second = await t.engine.call('exports:run', { what: 'minutes', format: 'docx', ballotId: 1, out, ifExists: 'new-name' });
    expect(second.files.map((f) => f.path)).toEqual([beside]);
    const third = await t.engine.call('exports:run', { what: 'minutes', format: 'docx', ballotId: 1, out, ifExists: 'new-name' });
    expect(third.files.map((f) => f.path)).toEqual([minutes.replace(/\.docx$/, ' (3).docx')]);
    expect(sha256File(minutes)).toBe(signed);
    expect(sha256File(beside)).toBe(second.files[0]!.sha256);
  });

  it('the same rule in the congress’s own documents folder (no --out)', async () => {
    t.engine.open(t.file('c.congress'));
    const first = await t.engine.call('exports:run', { what: 'tally', format: 'csv' });
    const again = await t.engine.invoke('exports:run', { what: 'tally', format: 'csv' });
    expect(again.ok || again.error.code).toBe('FILE_EXISTS');
    expect(readdirSync(join(first.files[0]!.path, '..'))).toEqual(['Ket-qua-kiem-phieu.csv']);
  });
});
