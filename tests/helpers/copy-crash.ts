import { spawn } from 'node:child_process';
import { join } from 'node:path';

const worker = join(import.meta.dirname, 'copy-crash-worker.ts');

/**
 * Runs tests/helpers/copy-crash-worker.ts and SIGKILLs it the moment it reports the point it was
 * sent to (it stands still there). Resolves with the points it reported once it is dead.
 */
export function killAtPoint(args: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', worker, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    const seen: string[] = [];
    let buffer = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines.filter((l) => l.startsWith('at '))) {
        seen.push(line.slice(3));
        if (line !== 'at done') child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', () => resolve(seen));
  });
}
