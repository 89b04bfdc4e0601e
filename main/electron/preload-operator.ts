import { contextBridge, ipcRenderer } from 'electron';
import type { CongressBridge } from '../../shared/contract/bridge';
import { COMMAND_NAMES, EVENT_NAMES } from '../../shared/contract/channels';
import { createBridge } from './bridge-factory';

// Bundled whole by scripts/build-electron.mjs: a sandboxed preload can require only 'electron'.
const bridge = createBridge(ipcRenderer, { commands: COMMAND_NAMES, events: EVENT_NAMES, dialogs: true }) satisfies CongressBridge;
contextBridge.exposeInMainWorld('congressDesk', bridge);
