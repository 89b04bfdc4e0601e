/**
 * The crash campaign's second half: not just SIGKILL in the middle of commands, but the moments and
 * accidents around them — a kill while the file is being opened or closed, the file deleted or
 * replaced under a running engine, a restore killed half-way, one bit of the write-ahead log flipped
 * after a kill. After each round the congress is read back and every
 * acknowledged check-in looked for (in the file, or in the emergency copy when the file was taken
 * away). Used by tests/integration/safety/crash-random.test.ts and tests/soak/crash-soak.ts.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, closeSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { openCongressDb } from '../../main/db/connection';
import { primaryFolder } from '../../main/backup/backup-files';
import { settleInterruptedRestore } from '../../main/backup/restore-marker';
import { Engine } from '../../main/engine/engine';
import { personName, random } from './crash-campaign';
import { steppingClock } from './temp-engine';
import { bundleEngineWorker } from './worker-process';

export const HAZARDS = [
  'kill during open',
  'kill during close',
  'kill during restore',
  'WAL damaged after a kill',
  'file deleted during a run',
  'file replaced during a run',
] as const;
export type Hazard = (typeof HAZARDS)[number];

export interface HazardReport {
  rounds: number;
  kills: number;
  acknowledged: number;
  found: number;
  lost: number;
  /** Commands refused because the file had been taken away: never acknowledged, never expected. */
  refusedAfterLoss: number;
  /** Acknowledged, dropped by SQLite with a damaged log, and named in the notice to redo them. */
  reportedLost: number;
  byHazard: Partial<Record<Hazard, number>>;
}

interface Run {
  acked: string[];
  /** The commands after the check-ins that were acknowledged. */
  thenAcked: number;
  refused: string[];
  killed: boolean;
}

interface Round {
  worker: string;
  file: string;
  workspace: string;
  codes: string[];
  /** Sent after the check-ins (a restore). */
  then?: { channel: string; input: unknown }[];
  closeAtEnd?: boolean;
  /** When to kill, in ms after the start; or after this many acknowledgements (then `jitterMs` later). */
  killAtMs?: number;
  killAfterAcks?: number;
  jitterMs?: number;
  /** Done to the file once this many commands are acknowledged (the run goes on). */
  meddle?: { afterAcks: number; act: () => void };
}

/** Check-ins of `codes`, one per command, in a worker process killed as the round says. */
function runRound(r: Round): Promise<Run> {
  const commandsFile = `${r.file}.hazard-commands.json`;
  writeFileSync(
    commandsFile,
    JSON.stringify([...r.codes.map((code) => ({ channel: 'checkin:scan', input: { code } })), ...(r.then ?? [])]),
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [r.worker, r.file, r.workspace, commandsFile], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...(r.closeAtEnd ? { CLOSE_AT_END: '1' } : {}) },
    });
    const run: Run = { acked: [], thenAcked: 0, refused: [], killed: false };
    const kill = () => (run.killed = child.kill('SIGKILL'));
    if (r.killAtMs !== undefined) setTimeout(kill, r.killAtMs);
    let meddled = false;
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [word, index, code] = line.split(' ');
      if (word === 'ack' && Number(index) < r.codes.length) run.acked.push(r.codes[Number(index)]!);
      else if (word === 'ack') run.thenAcked++;
      else if (word === 'fail' && code === 'FILE_LOST') run.refused.push(r.codes[Number(index)]!);
      else if (word === 'fail') reject(new Error(`the engine refused a valid command: ${line}`));
      if (r.meddle && !meddled && run.acked.length >= r.meddle.afterAcks) {
        meddled = true;
        r.meddle.act();
      }
      if (word === 'closing' && r.jitterMs !== undefined) setTimeout(kill, r.jitterMs);
      if (r.killAfterAcks !== undefined && run.acked.length + run.thenAcked === r.killAfterAcks && word === 'ack')
        setTimeout(kill, r.jitterMs ?? 0);
    });
    child.on('error', reject);
    child.on('close', () => {
      rmSync(commandsFile, { force: true });
      resolve(run);
    });
  });
}

function presentCodes(engine: Engine, file: string, reported: string[] = []): Set<string> {
  const info = engine.open(file);
  for (const c of info.walRecovery?.lostCommands ?? []) reported.push(c.text);
  try {
    const { db } = engine.context();
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`integrity_check after a hazard: ${String(integrity)}`);
    const rows = db
      .prepare("SELECT d.code FROM attendance a JOIN delegates d ON d.id = a.delegate_id WHERE a.state = 'present'")
      .pluck()
      .all() as string[];
    return new Set(rows);
  } finally {
    engine.close();
  }
}

/** One bit flipped in the page data of a random frame of the log a killed worker left. */
function flipWalBit(file: string, rng: () => number): boolean {
  let wal: Buffer;
  try {
    wal = readFileSync(`${file}-wal`);
  } catch {
    return false; // nothing left in the log (all checkpointed): nothing to damage
  }
  const pageSize = wal.readUInt32BE(8);
  const frames = Math.floor((wal.length - 32) / (24 + pageSize));
  if (frames < 1) return false;
  const offset = 32 + Math.floor(rng() * frames) * (24 + pageSize) + 24 + Math.floor(rng() * pageSize);
  const fd = openSync(`${file}-wal`, 'r+'); // the worker is dead: nobody holds the file
  try {
    writeSync(fd, Buffer.from([wal[offset]! ^ (1 << Math.floor(rng() * 8))]), 0, 1, offset);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** The newest "before-restore" copy: where a restore keeps the file it replaces. */
function keptAside(file: string): string | null {
  const folder = primaryFolder(file);
  const names = readdirSync(folder)
    .filter((f) => f.endsWith('--before-restore.congress'))
    .sort();
  return names.length ? join(folder, names.at(-1)!) : null;
}

function emergencyCopyIn(dir: string): string {
  const copies = readdirSync(dir).filter((f) => f.includes('-ban-khan-cap-') && f.endsWith('.congress'));
  if (copies.length !== 1) throw new Error(`expected one emergency copy in ${dir}, found ${copies.length}`);
  return join(dir, copies[0]!);
}

export async function hazardCampaign(options: {
  dir: string;
  rounds: number;
  seed: number;
  delegates?: number;
  log?: (line: string) => void;
}): Promise<HazardReport> {
  const { dir, rounds, seed, log = () => {} } = options;
  const rng = random(seed);
  const file = join(dir, 'hazard.congress');
  const workspace = join(dir, 'ws-worker');
  const engine = new Engine({ workspaceDir: join(dir, 'ws'), now: steppingClock(), rememberRecent: false, backups: { enabled: false } });
  await engine.call('congress:create', { name: 'Đại hội thử sự cố', path: file });
  const count = options.delegates ?? 1500;
  const csv = `Mã đại biểu,Họ và tên\n${Array.from({ length: count }, (_, i) => `HZ${String(i + 1).padStart(4, '0')},${personName(i)}`).join('\n')}\n`;
  await engine.call('roster:import', { fileName: 'dai-bieu.csv', contentBase64: Buffer.from(csv).toString('base64') });
  engine.close();
  const stranger = join(dir, 'tep-khac.congress');
  openCongressDb(stranger, { create: true }).close();

  const worker = await bundleEngineWorker();
  const report: HazardReport = {
    rounds: 0,
    kills: 0,
    acknowledged: 0,
    found: 0,
    lost: 0,
    refusedAfterLoss: 0,
    reportedLost: 0,
    byHazard: {},
  };
  const expected = new Set<string>();
  let next = 0;
  const take = (n: number) => {
    const codes = Array.from({ length: n }, () => `HZ${String((next++ % count) + 1).padStart(4, '0')}`).filter((c) => !expected.has(c));
    return codes;
  };
  try {
    for (let i = 0; i < rounds; i++) {
      const hazard = HAZARDS[i % HAZARDS.length]!;
      const codes = take(20 + Math.floor(rng() * 40));
      let run: Run;
      let readFrom = file;
      /** Where else an acknowledged check-in may rightly be: the file a restore put aside. */
      let alsoIn: Set<string> | null = null;
      const reported: string[] = [];
      if (hazard === 'kill during restore') {
        engine.open(file);
        const copy = await engine.call('backups:create', {});
        engine.close();
        const restore = { channel: 'backups:restore', input: { file: copy.file } };
        // killed anywhere from the last check-in to the end of the restore
        run = await runRound({
          worker,
          file,
          workspace,
          codes,
          then: [restore],
          killAfterAcks: codes.length - 1 + Math.floor(rng() * 2),
          jitterMs: Math.floor(rng() * 30),
        });
        settleInterruptedRestore(file); // what the next start does first
        const aside = keptAside(file);
        if (aside) alsoIn = presentCodes(engine, aside);
      } else if (hazard === 'WAL damaged after a kill') {
        run = await runRound({
          worker,
          file,
          workspace,
          codes,
          killAfterAcks: Math.floor(codes.length / 2) + Math.floor(rng() * (codes.length / 2)),
          jitterMs: Math.floor(rng() * 3),
        });
        flipWalBit(file, rng);
      } else if (hazard === 'kill during open') {
        run = await runRound({ worker, file, workspace, codes, killAtMs: Math.floor(rng() * 250) });
      } else if (hazard === 'kill during close') {
        run = await runRound({ worker, file, workspace, codes, closeAtEnd: true, jitterMs: Math.floor(rng() * 4) });
      } else {
        const afterAcks = 1 + Math.floor(rng() * (codes.length - 1));
        const act =
          hazard === 'file deleted during a run'
            ? () => rmSync(file)
            : () => {
                copyFileSync(stranger, `${file}.incoming`);
                renameSync(`${file}.incoming`, file);
              };
        run = await runRound({ worker, file, workspace, codes, meddle: { afterAcks, act }, killAfterAcks: codes.length + 1 });
        // The file was taken away: what was acknowledged lives in the emergency copy, which becomes the file.
        readFrom = emergencyCopyIn(dir);
        renameSync(readFrom, file);
        readFrom = file;
      }
      report.rounds++;
      report.kills += run.killed ? 1 : 0;
      report.acknowledged += run.acked.length;
      report.refusedAfterLoss += run.refused.length;
      report.byHazard[hazard] = (report.byHazard[hazard] ?? 0) + 1;
      for (const code of run.acked) expected.add(code);
      const present = presentCodes(engine, readFrom, reported);
      const named = (c: string) => reported.some((text) => text.includes(c));
      const foundSomewhere = (c: string) => present.has(c) || alsoIn?.has(c) === true || named(c);
      const lost = [...expected].filter((c) => !foundSomewhere(c));
      report.found += run.acked.filter(foundSomewhere).length;
      report.reportedLost += run.acked.filter((c) => !present.has(c) && named(c)).length;
      report.lost += lost.length;
      if (lost.length > 0) throw new Error(`${hazard} (round ${i + 1}): acknowledged check-ins lost: ${lost.slice(0, 10).join(', ')}`);
      // A restore goes back, a damaged log is redone by the operator: from here the model is the file.
      if (alsoIn || reported.length > 0) expected.clear();
      // Committed in flight but not acknowledged: allowed; the model follows the file.
      for (const code of present) expected.add(code);
      log(
        `${hazard}: ${run.acked.length} acknowledged, all found${reported.length ? ` (${reported.length} named as lost in the damaged log, to redo)` : ''}${run.refused.length ? `, ${run.refused.length} refused after the loss` : ''}`,
      );
    }
  } finally {
    rmSync(worker, { force: true });
  }
  return report;
}
