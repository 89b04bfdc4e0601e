import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine } from '../engine/engine';
import { defaultWorkspaceDir } from '../engine/workspace';
import { startHost } from './server';

/**
 * `npm run serve`: the app in a browser on this machine. Reopens the last congress, else the
 * built-in demo, so there is always something to look at.
 */
async function main(): Promise<void> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const engine = new Engine({ workspaceDir: defaultWorkspaceDir() });
  const reopened = engine.reopenLast() ?? engine.openDemo();
  const port = Number(process.env.PORT ?? 4870);
  const host = await startHost({ engine, staticDir: join(root, 'dist', 'renderer'), port });
  process.stdout.write(
    [
      '',
      `Congress Desk — ${reopened.settings.name}`,
      `  Tệp đại hội / congress file: ${reopened.path}`,
      `  Màn điều hành / operator:    ${host.operatorUrl}`,
      `  Màn chiếu / projector:       ${host.projectorUrl}`,
      '  Nhấn Ctrl+C để dừng / Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const stop = () => {
    void host.close().then(() => {
      engine.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
