import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine } from '../engine/engine';
import { defaultWorkspaceDir } from '../engine/workspace';
import { renderMessage } from '../../shared/i18n/messages';
import { localTokens } from './local-tokens';
import { startHost } from './server';
import { userPath } from '../cli/paths';
import { announceRunning, explainListenError, heldFileLines, portFromEnvironment, refuseIfRunningHere, StartRefused } from './serve-port';

/**
 * `npm run serve`: the app in a browser on this machine. Reopens the last congress, and the hall
 * network if the operator left it on for it (main/network/hall-network.ts resume); the built-in
 * demo only on a first run. A last congress that will not reopen (open in another Congress Desk,
 * damaged, missing, a restore interrupted) is said here and on the home screen, with nothing open.
 */
async function main(): Promise<void> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const workspaceDir = userPath(defaultWorkspaceDir()); // CONGRESS_DESK_HOME=./x: from where the user typed the command
  const port = portFromEnvironment();
  await refuseIfRunningHere(port, workspaceDir);
  const engine = new Engine({ workspaceDir });
  const reopened = engine.startUp();
  const problem = engine.state().startupProblem;
  // The same addresses after a restart; `--new-tokens` revokes them (local-tokens.ts).
  const tokens = localTokens(workspaceDir, { renew: process.argv.includes('--new-tokens') });
  const host = await startHost({ engine, staticDir: join(root, 'dist', 'renderer'), port, tokens }).catch(async (error: unknown) => {
    engine.close();
    throw await explainListenError(error, port, workspaceDir);
  });
  const unannounce = announceRunning(engine, host.port, workspaceDir);
  const hall = await engine.invoke('network:state', {});
  const notResumed = hall.ok ? hall.value.notResumed : null;
  process.stdout.write(
    [
      '',
      ...(reopened
        ? [`Congress Desk — ${reopened.settings.name}`, `  Tệp đại hội / congress file: ${reopened.path}`]
        : [
            'Congress Desk — chưa mở đại hội nào / no congress open',
            ...(problem ? [`  ${renderMessage('vi', problem)}`, `  ${renderMessage('en', problem)}`] : []),
          ]),
      `  Màn điều hành / operator:    ${host.operatorUrl}`,
      `  Màn chiếu / projector:       ${host.projectorUrl}`,
      // Left on before the last stop (docs/hall-network.md §8): back on by itself, or why not.
      ...(hall.ok && hall.value.on ? [`  Mạng hội trường / hall network: ${hall.value.url}`] : []),
      ...(notResumed
        ? [
            `  Mạng hội trường CHƯA bật lại / hall network NOT back on: ${renderMessage('vi', notResumed.error)}`,
            `    ${renderMessage('en', notResumed.error)}`,
          ]
        : []),
      '  Nhấn Ctrl+C để dừng / Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  process.stdout.write(heldFileLines(problem, workspaceDir).join('\n'));
  const stop = () => {
    unannounce();
    void host.close().then(() => {
      engine.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // A refusal is a message, not a stack trace (README "Other commands").
  process.stderr.write(
    `${error instanceof StartRefused ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
