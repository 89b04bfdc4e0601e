// The hall network in the desktop app (docs/hall-network.md §1): its gateway attached to the Engine
// of the engine's utility process, which main/engine-process may not do itself (it never imports
// main/host). The device pages are the renderer build's, read where the windows load them from
// (windows.ts pageUrl), inside app.asar once packaged: a utility process reads it with Node's fs.
import { join } from 'node:path';
import type { EngineHooks } from '../engine-process/entry';
import { attachHallGateway } from '../host/hall-gateway';

/** The renderer build under the app's root (dist/renderer), as pageUrl resolves it for the windows. */
export function rendererDir(root: string): string {
  return join(root, 'dist', 'renderer');
}

/** The hook engine-child.ts gives serveEngine: the gateway attached, detached (still remembered) at shutdown. */
export function hallGatewayHook(staticDir: string): NonNullable<EngineHooks['onEngine']> {
  return (engine) => {
    const gateway = attachHallGateway(engine, { staticDir });
    void gateway.resumed; // nothing is open yet: it comes back on when the congress it was left on for opens
    return { detach: () => gateway.detach() };
  };
}
