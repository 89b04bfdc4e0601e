import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..', '..');

/**
 * The engine worker bundled once into plain JavaScript (dependencies left in node_modules): a
 * crash campaign starts it dozens of times, and plain `node` starts several times faster than tsx.
 */
export async function bundleEngineWorker(): Promise<string> {
  // One file per call: two suites bundling at once must not run (or delete) each other's file.
  const outfile = join(
    root,
    'node_modules',
    '.cache',
    'congress-desk-tests',
    `engine-worker-${process.pid}-${randomUUID().slice(0, 8)}.mjs`,
  );
  mkdirSync(join(outfile, '..'), { recursive: true });
  await build({
    entryPoints: [join(root, 'tests/helpers/engine-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

export interface WorkerRun {
  /** Indexes of the commands acknowledged (committed and reported) before the process died. */
  acked: number[];
  /** Commands the engine refused: the campaign only sends valid ones, so any is a defect. */
  failures: string[];
  /** True when the process was killed, false when it ran out of commands. */
  killed: boolean;
}

/**
 * Runs `commands` in a worker on `file` and SIGKILLs it once `killAfter` acknowledgements have
 * arrived, `jitterMs` later still (0: at once), so the kill lands anywhere: inside a transaction,
 * between the commit and its acknowledgement, between two commands.
 */
export function runWorkerUntilKilled(
  workerFile: string,
  file: string,
  workspace: string,
  commands: readonly { channel: string; input: unknown }[],
  killAfter: number,
  jitterMs = 0,
): Promise<WorkerRun> {
  const commandsFile = `${file}.commands.json`;
  writeFileSync(commandsFile, JSON.stringify(commands));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [workerFile, file, workspace, commandsFile], {
      stdio: ['ignore', 'pipe', 'inherit'],
      // V8's compiled code kept between the dozens of starts of a campaign: about a fifth faster each
      env: { ...process.env, NODE_COMPILE_CACHE: join(root, 'node_modules', '.cache', 'congress-desk-tests', 'compile-cache') },
    });
    const run: WorkerRun = { acked: [], failures: [], killed: false };
    let buffer = '';
    let armed = false;
    const kill = () => {
      run.killed = child.kill('SIGKILL');
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const [word, index] = line.split(' ');
        if (word === 'ack') run.acked.push(Number(index));
        else if (word === 'fail') run.failures.push(line);
      }
      if (!armed && run.acked.length >= killAfter) {
        armed = true;
        if (jitterMs > 0) setTimeout(kill, jitterMs);
        else kill();
      }
    });
    child.on('error', reject);
    // 'close', not 'exit': every line written before death has been read by then.
    child.on('close', () => resolve(run));
  });
}

/** The worker bundled once for a test file and removed after it; call the result for its path. */
export function useEngineWorker(): () => string {
  let worker = '';
  beforeAll(async () => {
    worker = await bundleEngineWorker();
  });
  afterAll(() => rmSync(worker, { force: true }));
  return () => worker;
}
