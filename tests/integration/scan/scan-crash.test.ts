/**
 * A power cut while a stack is scanned (docs/scanning.md "A watched folder"): `ballot scan … --watch` in a
 * real process, five files a batch (CONGRESS_SCAN_BATCH_FILES), SIGKILLed the moment it has printed a
 * batch as recorded. Every paper it announced is in the file, whole batches only, the file verifies, and
 * reading the same folder again to the end adds each sheet once: papers 1…40 in the folder's order.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { imageFileName, scanImageFolder } from '../../../main/db/scan-images';
import { cli, useCliSandbox } from '../../helpers/cli-sandbox';
import { killAndWait } from '../../helpers/engine-child-process';
import { tempEngine } from '../../helpers/temp-engine';
import { ROOT } from '../cli/cli-process';
import { congressFor } from '../exports/export-setup';
import { type Marks, printPapers, scanBallot, scanJpeg, struckBy } from './scan-setup';

useCliSandbox('congress-scan-crash-', () => {});

const PAPERS = 40;
const BATCH = 5;

/** Paper i's three struck names (rows 0-based), a different three for each of the 40: the order shows. */
function marksOf(i: number): Marks {
  const threes: number[][] = [];
  for (let a = 0; a < 12; a++) for (let b = a + 1; b < 12; b++) for (let c = b + 1; c < 12; c++) threes.push([a, b, c]);
  return Object.fromEntries(threes[(i * 7) % threes.length]!.map((row) => [row, 'strike']));
}

/** What a watch has printed so far (the CLI's `scan.cli.batch` line, once a batch has committed): files, papers recorded, papers for the board. */
const RECORDED = /Đến giờ: (\d+) tệp · ghi (\d+) phiếu · chờ xem (\d+)/g;

/**
 * `ballot scan <file> <id> <folder> --watch` in its own process, SIGKILLed once a printed line says
 * `atLeast` papers are recorded (the machine's and those for the board); answers the last count it printed.
 */
async function watchUntilRecorded(args: string[], atLeast: number): Promise<{ files: number; recorded: number; output: string }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'main/cli/index.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, CONGRESS_SCAN_BATCH_FILES: String(BATCH) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let seen = { files: 0, recorded: 0 };
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (output += c));
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout!.setEncoding('utf8').on('data', (c: string) => {
        output += c;
        for (const m of output.matchAll(RECORDED)) seen = { files: Number(m[1]), recorded: Number(m[2]) + Number(m[3]) };
        if (seen.recorded >= atLeast) resolve();
      });
      void exited.then(() => reject(new Error(`the watch ended before it was killed:\n${output}`)));
    });
  } finally {
    await killAndWait(child); // SIGKILL: no close, no checkpoint, the next batch half read
  }
  return { ...seen, output };
}

it('keeps every paper announced before SIGKILL, verifies, and reading the folder again adds each sheet once, in order', async () => {
  const t = tempEngine();
  try {
    await congressFor(t, 4, 4);
    const id = await scanBallot(t);
    const printed = await printPapers(t, id, 'out');
    const folder = t.file('may-quet');
    mkdirSync(folder);
    const names = Array.from({ length: PAPERS }, (_, i) => `scan-${i + 1}.jpg`);
    for (const [i, name] of names.entries()) writeFileSync(join(folder, name), await scanJpeg(t, printed, marksOf(i), 100 + i));
    const file = t.file('c.congress');
    t.engine.close();
    const ref = String(id);

    const killed = await watchUntilRecorded(['ballot', 'scan', file, ref, folder, '--watch'], 1);
    expect(killed.files, killed.output).toBe(BATCH); // the CLI's watch read the batch size the variable set

    /** The papers the pass holds, as numbered from the sheets (the machine's, and any it left for the board). */
    const recorded = () => {
      const db = new Database(file, { readonly: true });
      try {
        const sheets = db
          .prepare(
            "SELECT file_name AS file, paper, status, image_sha256 AS image FROM scanned_sheets WHERE status <> 'refused' ORDER BY paper",
          )
          .all() as { file: string; paper: number; status: string; image: string }[];
        const entries = db.prepare('SELECT paper, struck FROM paper_entries WHERE ballot_id = ? AND pass = 1 ORDER BY paper').all(id);
        return { sheets, entries };
      } finally {
        db.close();
      }
    };
    /** Papers 1…n are the folder's first n files in its order, each once; the machine's entered with their strikes. */
    const inScanOrder = (n: number) => {
      const { sheets, entries } = recorded();
      expect(sheets.map((s) => [s.paper, s.file])).toEqual(names.slice(0, n).map((name, i) => [i + 1, name]));
      const sure = sheets.filter((s) => s.status === 'accepted');
      expect(entries).toEqual(sure.map((s) => ({ paper: s.paper, struck: struckBy(marksOf(s.paper - 1)).join(' ') })));
      return sheets;
    };
    const verified = async () => {
      const v = await cli('verify', file, '--json');
      expect([v.code, (JSON.parse(v.out) as { ok: boolean }).ok], v.out).toEqual([0, true]);
    };

    // what was announced is there; the batch in flight is there whole or not at all
    const kept = recorded().sheets.length;
    expect(kept).toBeGreaterThanOrEqual(killed.recorded);
    expect(kept).toBeLessThan(PAPERS);
    expect(kept % BATCH).toBe(0);
    inScanOrder(kept);
    await verified();

    // a kill while an image was being written leaves its temporary copy: the next reading clears it
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(scanImageFolder(file), `.${'0'.repeat(64)}.jpg.${gone}.partial`), 'half an image');
    const rest = await cli('ballot', 'scan', file, ref, folder, '--json');
    const summary = JSON.parse(rest.out) as { sheets: number; papers: number; refused: unknown[] };
    expect([summary.sheets, summary.papers, summary.refused], rest.out).toEqual([PAPERS, PAPERS - kept, []]);

    const sheets = inScanOrder(PAPERS);
    // the images the killed batch kept for pages it never recorded are those pages' images again: none left over
    expect(readdirSync(scanImageFolder(file)).sort()).toEqual(sheets.map((s) => imageFileName(s.image)).sort());
    await verified();
  } finally {
    t.dispose();
  }
}, 170_000);
