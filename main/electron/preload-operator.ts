import { contextBridge, ipcRenderer } from 'electron';
import type { CongressBridge } from '../../shared/contract/bridge';
import { commandsFor, eventsFor } from '../../shared/contract/roles';
import { createBridge } from './bridge-factory';

// Bundled whole by scripts/build-electron.mjs: a sandboxed preload can require only 'electron'.
const bridge = createBridge(ipcRenderer, {
  commands: commandsFor('operator'),
  events: eventsFor('operator'),
  dialogs: true,
}) satisfies CongressBridge;
contextBridge.exposeInMainWorld('congressDesk', bridge);
