/**
 * The app's engine process entry (main/electron/engine-child.ts, under fake-utility-child.ts's
 * parentPort) attaches the hall gateway (main/electron/engine-hall.ts): network:start answers
 * instead of network.unavailable, and the QR link's /pair is the renderer build's index.html, read
 * from dist/renderer as the windows' pages are (windows.ts pageUrl; `npm test` builds it first).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rendererDir } from '../../../main/electron/engine-hall';
import { EngineProxy } from '../../../main/engine-process/engine-proxy';
import type { NetworkState } from '../../../shared/contract/network-schemas';
import { engineChildOf, ENGINE_START_MS, forkEngineProcess, killAndWait } from '../../helpers/engine-child-process';
import { hallClient } from '../../integration/network/hall-client';
import { DEVICE, HALL } from '../../integration/network/hall-setup';

const UTILITY_CHILD = join(import.meta.dirname, 'fake-utility-child.ts');
const root = join(import.meta.dirname, '..', '..', '..');

describe('the engine-child entry with the hall gateway', { timeout: ENGINE_START_MS }, () => {
  let dir: string;
  let child: ChildProcess | null = null;
  let proxy: EngineProxy | null = null;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'congress-engine-child-'));
  });
  afterEach(async () => {
    await proxy?.close();
    if (child) await killAndWait(child);
    rmSync(dir, { recursive: true, force: true });
  });

  it('turns the network on and serves the renderer build at /pair', async () => {
    proxy = await EngineProxy.start({
      spawn: () => engineChildOf((child = forkEngineProcess(UTILITY_CHILD))),
      start: { workspaceDir: join(dir, 'workspace'), rememberRecent: false },
    });
    expect((await proxy.invoke('congress:create', { name: 'Đại hội', path: join(dir, 'a.congress') })).ok).toBe(true);
    const started = await proxy.invoke('network:start', { address: HALL, port: 0 });
    expect(started).toMatchObject({ ok: true, value: { on: true, address: HALL } });
    const on = (started as { value: NetworkState }).value;
    const page = await hallClient(on.address!, on.port!, on.fingerprint!, DEVICE).page('/pair');
    expect(page).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: readFileSync(join(rendererDir(root), 'index.html'), 'utf8'),
    });
  });
});
