import { type BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { COMMAND_NAMES } from '../../shared/contract/channels';
import { type CommandMeta, localCaller } from '../../shared/contract/envelope';
import type { Result } from '../../shared/contract/result';
import type { EngineApi } from '../engine-process/engine-api';
import { chooseCongressToCreate, chooseCongressToOpen } from './dialogs';
import {
  DIALOG_CREATE_CHANNEL,
  DIALOG_OPEN_CHANNEL,
  EVENT_CHANNEL,
  type EventMessage,
  operatorOnly,
  refused,
  unknownSender,
  type WindowRole,
} from './ipc-channels';
import { eventFor, gatedCommand } from '../host/role-gate';
import { isSamePage } from './security';
import { printableExports } from './print-pdf';

export interface IpcDeps {
  engine: Pick<EngineApi, 'invoke' | 'on' | 'workspace'>;
  /** Looked up on every call: windows come and go (the projector is recreated if destroyed). */
  windows: Record<WindowRole, () => BrowserWindow | null>;
  /** The file:// page each role's window loads. */
  pages: Record<WindowRole, string>;
}

const ROLES: readonly WindowRole[] = ['operator', 'projector'];

/** The request id the bridge sent, if any (checked by the gate); anything else the page put there is ignored. */
function requestIdOf(meta: unknown): unknown {
  return typeof meta === 'object' && meta !== null ? (meta as CommandMeta).requestId : undefined;
}

function live(win: BrowserWindow | null): BrowserWindow | null {
  return win && !win.isDestroyed() ? win : null;
}

/**
 * Which of our windows sent this, or null. Per Electron's advisory the sender *frame* is checked,
 * not just the webContents: it must be the top frame of one of our windows (an iframe or a frame
 * that has since navigated gets nothing) and it must still be showing our own page.
 */
export function senderRole(event: IpcMainInvokeEvent, deps: Pick<IpcDeps, 'windows' | 'pages'>): WindowRole | null {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return null;
  for (const role of ROLES) {
    const win = live(deps.windows[role]());
    if (!win || win.webContents.id !== event.sender.id) continue;
    const top = win.webContents.mainFrame;
    if (frame.processId !== top.processId || frame.routingId !== top.routingId) return null;
    return isSamePage(frame.url, deps.pages[role]) ? role : null;
  }
  return null;
}

/**
 * One handler per contract channel, each a thin call into the engine (in its own process, through
 * the proxy: it validates the payload), plus the operator's file dialogs; engine events go to each window its role may see.
 * Returns a function that undoes all of it.
 */
export function registerIpc(deps: IpcDeps): () => void {
  const { engine } = deps;
  const channels: string[] = [];
  const handle = (channel: string, run: (role: WindowRole, args: unknown[]) => Promise<Result<unknown>>): void => {
    channels.push(channel);
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      const role = senderRole(event, deps);
      if (!role) {
        console.warn(`[electron] refused ${channel} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
        return unknownSender(channel);
      }
      return run(role, args);
    });
  };

  // The role is the sending window's (never what the page says); the bridge adds only the request id.
  for (const channel of COMMAND_NAMES) {
    handle(channel, async (role, [input, meta]) => {
      const answer = await gatedCommand(engine, localCaller(role, 'electron'), channel, input, requestIdOf(meta));
      if (role === 'operator') printableExports.remember(channel, answer); // «In» prints only the operator's export
      return answer;
    });
  }

  const forOperator = (channel: string, run: (args: unknown[]) => Promise<Result<unknown>>): void =>
    handle(channel, async (role, args) => (role === 'operator' ? run(args) : operatorOnly(role, channel)));
  forOperator(DIALOG_OPEN_CHANNEL, async () => ({
    ok: true,
    value: await chooseCongressToOpen(deps.windows.operator(), engine.workspace.dir),
  }));
  forOperator(DIALOG_CREATE_CHANNEL, async ([name]) => {
    if (typeof name !== 'string' || name.length > 500) return refused('window.badCongressName');
    return { ok: true, value: await chooseCongressToCreate(deps.windows.operator(), engine.workspace.dir, name) };
  });

  const unsubscribe = engine.on((name, payload, stamp) => {
    for (const role of ROLES) {
      const message: EventMessage | null = eventFor(role, name, payload, stamp);
      const contents = message && live(deps.windows[role]())?.webContents;
      if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, message);
    }
  });

  return () => {
    unsubscribe();
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
