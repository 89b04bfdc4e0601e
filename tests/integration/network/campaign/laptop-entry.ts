/**
 * The main laptop as the hall campaign starts it (and SIGKILLs it): `npm run serve`'s steps
 * (main/host/serve.ts) on a fixed loopback port, the last congress reopened. The operator turns the
 * hall network on only when told (`turn-on`, the first start); after a kill nobody does, and it
 * must come back on by itself at the same address and port (docs/hall-network.md §8).
 * Arguments: the workspace folder, the loopback port, the hall port, the pages' folder, and
 * `turn-on` or `restart`. Prints `ready <port> <the hall network's url, or off>` once the host
 * listens and the network has come back (or not).
 */
import { Engine } from '../../../../main/engine/engine';
import { localTokens } from '../../../../main/host/local-tokens';
import { startHost } from '../../../../main/host/server';
import { HALL } from '../hall-setup';

const [workspaceDir, loopbackPort, hallPort, staticDir, how] = process.argv.slice(2) as [string, string, string, string, string];
const engine = new Engine({ workspaceDir, backups: { enabled: false } });
if (!engine.startUp()) throw new Error(`no congress reopened: ${JSON.stringify(engine.state().startupProblem)}`);
const host = await startHost({ engine, staticDir, port: Number(loopbackPort), tokens: localTokens(workspaceDir) });
if (how === 'turn-on') {
  const on = await engine.invoke('network:start', { address: HALL, port: Number(hallPort) });
  if (!on.ok) throw new Error(JSON.stringify(on.error));
}
const state = await engine.invoke('network:state', {});
process.stdout.write(`ready ${host.port} ${state.ok && state.value.on ? state.value.url : 'off'}\n`);
process.on('SIGTERM', () => {
  void host.close().then(() => {
    engine.close();
    process.exit(0);
  });
});
