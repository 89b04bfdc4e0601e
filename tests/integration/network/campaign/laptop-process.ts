import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const ENTRY = join(import.meta.dirname, 'laptop-entry.ts');

export interface LaptopOptions {
  workspaceDir: string;
  loopbackPort: number;
  hallPort: number;
  staticDir: string;
}

/**
 * The main laptop in a child process (laptop-entry.ts), started again on the same workspace and
 * congress file after each SIGKILL, the way tests/helpers/worker-process.ts kills the engine.
 */
export class LaptopProcess {
  private child: ChildProcess | null = null;
  starts = 0;
  kills = 0;
  /** The hall network's address as the last start left it (`https://…`), or null: it stayed off. */
  hallUrl: string | null = null;

  constructor(private readonly options: LaptopOptions) {}

  /**
   * Starts it and waits until the loopback host listens and the hall network is back (or said to
   * be off). `turnNetworkOn`: the operator turns it on, by default on the first start only; after
   * that it must come back by itself (docs/hall-network.md §8).
   */
  start(options: { turnNetworkOn?: boolean } = {}): Promise<void> {
    const { workspaceDir, loopbackPort, hallPort, staticDir } = this.options;
    const how = (options.turnNetworkOn ?? this.starts === 0) ? 'turn-on' : 'restart';
    const args = [ENTRY, workspaceDir, String(loopbackPort), String(hallPort), staticDir, how];
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      // V8's compiled code kept between the starts, as worker-process.ts does.
      env: { ...process.env, NODE_COMPILE_CACHE: join(root, 'node_modules', '.cache', 'congress-desk-tests', 'compile-cache') },
    });
    this.child = child;
    this.starts++;
    let errors = '';
    child.stderr!.setEncoding('utf8').on('data', (c: string) => (errors += c));
    return new Promise((resolve, reject) => {
      let out = '';
      child.stdout!.setEncoding('utf8').on('data', (c: string) => {
        out += c;
        const ready = /^ready \d+ (\S+)$/m.exec(out);
        if (!ready) return;
        this.hallUrl = ready[1] === 'off' ? null : ready[1]!;
        resolve();
      });
      child.once('exit', (code, signal) => reject(new Error(`the laptop exited (${code ?? signal}) before it was ready:\n${errors}`)));
    });
  }

  /** SIGKILL, and waits for the process to be gone (its file lock with it). */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await gone;
    this.kills++;
    this.child = null;
  }

  async restart(): Promise<void> {
    await this.kill();
    await this.start();
  }

  /** The end of the campaign: a plain stop, not counted as a kill. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await gone;
    this.child = null;
  }
}

/** A port free on `address` now, for a laptop that must come back on the same one after each kill. */
export function freePort(address: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject).listen(0, address, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
