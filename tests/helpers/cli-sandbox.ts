import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../main/cli/index';

/**
 * A fresh folder per test, with the CLI's workspace (CONGRESS_DESK_HOME) inside it so a test never
 * touches the real one; `onDir` receives the folder before each test.
 */
export function useCliSandbox(prefix: string, onDir: (dir: string) => void): void {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    process.env.CONGRESS_DESK_HOME = join(dir, 'home');
    onDir(dir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
}

/** The CLI run in-process, as `npm run cli -- …` would run it, with its output captured. */
export async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await runCli(
    args,
    (l) => lines.push(l),
    () => {},
  ); // the «congress file: …» line goes to stderr, not here
  return { code, out: lines.join('\n') };
}
