import { contextBridge, ipcRenderer } from 'electron';
import type { CongressBridge } from '../../shared/contract/bridge';
import { commandsFor, eventsFor } from '../../shared/contract/roles';
import { createBridge } from './bridge-factory';

// The hall's screen only reads what is projected (Signal's per-window preloads): no dialogs, and
// every command the role table (shared/contract/roles.ts) does not give the projector is refused
// before it reaches IPC; main checks the sending window's role again (ipc.ts).
const bridge = createBridge(ipcRenderer, {
  commands: commandsFor('projector'),
  events: eventsFor('projector'),
  dialogs: false,
}) satisfies CongressBridge;
contextBridge.exposeInMainWorld('congressDesk', bridge);
