import { contextBridge, ipcRenderer } from 'electron';
import type { CongressBridge } from '../../shared/contract/bridge';
import { PROJECTOR_COMMANDS, PROJECTOR_EVENTS } from '../../shared/contract/channels';
import { createBridge } from './bridge-factory';

// The hall's screen only reads what is projected (Signal's per-window preloads): no dialogs, and
// every command but PROJECTOR_COMMANDS is refused before it reaches IPC.
const bridge = createBridge(ipcRenderer, { commands: PROJECTOR_COMMANDS, events: PROJECTOR_EVENTS, dialogs: false }) satisfies CongressBridge;
contextBridge.exposeInMainWorld('congressDesk', bridge);
