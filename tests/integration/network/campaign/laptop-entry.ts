/**
 * The main laptop as the hall campaign starts it (and SIGKILLs it): `npm run serve`'s steps
 * (main/host/serve.ts) on a fixed loopback port, the last congress reopened, the hall network
 * turned on at the same address and port each time, as the operator would after a restart.
 * Argument: the workspace folder, the loopback port, the hall port. Prints `ready <port>` once
 * both listen.
 */
import { Engine } from '../../../../main/engine/engine';
import { localTokens } from '../../../../main/host/local-tokens';
import { startHost } from '../../../../main/host/server';
import { HALL } from '../hall-setup';

const [workspaceDir, loopbackPort, hallPort, staticDir] = process.argv.slice(2) as [string, string, string, string];
const engine = new Engine({ workspaceDir, backups: { enabled: false } });
if (!engine.startUp()) throw new Error(`no congress reopened: ${JSON.stringify(engine.state().startupProblem)}`);
const host = await startHost({ engine, staticDir, port: Number(loopbackPort), tokens: localTokens(workspaceDir) });
const on = await engine.invoke('network:start', { address: HALL, port: Number(hallPort) });
if (!on.ok) throw new Error(JSON.stringify(on.error));
process.stdout.write(`ready ${host.port}\n`);
process.on('SIGTERM', () => {
  void host.close().then(() => {
    engine.close();
    process.exit(0);
  });
});
