// Runs the *packaged* main process (dist/electron/main.cjs as extracted from app.asar) in plain Node,
// with a small stand-in for the 'electron' module: the app starts from the package's files alone,
// opens its demo congress, and answers the operator window's IPC like the real app would. With
// `--station …` among the extra arguments it is a station instead: its one window's address is
// visited as the device's browser would (the page, then a pairing request relayed to the laptop),
// then the window is closed, as its user does.
// Usage: node packaged-main-runner.mjs <extracted app dir> <documents dir> <commands JSON> [app arguments…]
// Prints one JSON line: the windows it made, the IPC handlers, each command's answer (or the station's visit).
import { fork } from 'node:child_process';
import console from 'node:console';
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { URL, URLSearchParams } from 'node:url';

const [appDir, documents, commandsJson] = process.argv.slice(2);
const commands = JSON.parse(commandsJson ?? '[]');
const station = process.argv.includes('--station');
const { fetch } = globalThis; // Node's own: it plays the device's browser
const { version } = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8'));

let nextId = 1;
const session = {
  webRequest: { onHeadersReceived() {} },
  setPermissionRequestHandler() {},
  setPermissionCheckHandler() {},
};
class WebContents extends EventEmitter {
  id = nextId++;
  session = session;
  mainFrame = { url: 'about:blank', processId: 100 + this.id, routingId: 1, parent: null };
  setWindowOpenHandler() {}
  send() {}
  insertCSS() {
    return Promise.resolve('css');
  }
  removeInsertedCSS() {
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
}
const windows = [];
class BrowserWindow extends EventEmitter {
  constructor(options = {}) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    this.bounds = { x: 0, y: 0, width: options.width ?? 800, height: options.height ?? 600 };
    windows.push(this);
  }
  loadURL(url) {
    this.url = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  show() {}
  showInactive() {}
  hide() {}
  focus() {}
  restore() {}
  close() {
    this.emit('closed');
  }
  setMenu() {}
  setFullScreen() {}
  setBounds(bounds) {
    this.bounds = bounds;
  }
  getBounds() {
    return this.bounds;
  }
  isFullScreen() {
    return false;
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  isVisible() {
    return false;
  }
}
const display = {
  id: 1,
  scaleFactor: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
};
const handlers = new Map();
const failures = [];
let quitAsked = () => {};
const quitted = new Promise((resolve) => (quitAsked = resolve));
// The engine's utility process: a Node child running the packaged engine.cjs (packaged-utility-runner.mjs).
const utilityRunner = join(import.meta.dirname, 'packaged-utility-runner.mjs');
const utilityProcess = {
  fork(modulePath) {
    const child = fork(utilityRunner, [modulePath], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const proc = Object.assign(new EventEmitter(), {
      postMessage: (message) => child.connected && child.send(message),
      kill: () => child.kill(),
    });
    child.on('message', (message) => proc.emit('message', message));
    child.once('exit', (code) => proc.emit('exit', code ?? 1));
    return proc;
  },
};
// Every folder Electron names is the documents folder, unless the app sets its own (as Electron, it must exist).
const paths = {};
let lockedIn = null; // the userData folder in effect when the single-instance lock was asked for
const app = Object.assign(new EventEmitter(), {
  isPackaged: true,
  requestSingleInstanceLock() {
    lockedIn = app.getPath('userData');
    return true;
  },
  enableSandbox() {},
  whenReady: () => Promise.resolve(),
  getAppPath: () => appDir,
  getPath: (name) => paths[name] ?? documents,
  setPath(name, path) {
    if (!existsSync(path)) throw new Error(`Failed to set path: ${path}`);
    paths[name] = path;
  },
  getVersion: () => version,
  quit() {
    quitAsked();
  },
  exit(code) {
    failures.push(`app.exit(${code})`);
  },
});
const electron = {
  app,
  utilityProcess,
  BrowserWindow,
  session: { defaultSession: session },
  screen: Object.assign(new EventEmitter(), { getAllDisplays: () => [display], getPrimaryDisplay: () => display }),
  ipcMain: {
    handle: (channel, handler) => handlers.set(channel, handler),
    removeHandler: (channel) => handlers.delete(channel),
  },
  dialog: {
    showErrorBox: (title, detail) => failures.push(`${title}: ${detail}`),
    showMessageBox: async (...args) => {
      failures.push(`message box: ${JSON.stringify(args.at(-1))}`);
      return { response: 0 };
    },
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    showSaveDialog: async () => ({ canceled: true }),
  },
  Menu: { buildFromTemplate: (template) => ({ template }), setApplicationMenu() {} },
};

// Only 'electron' is stood in; every other require is the package's own (or Node's).
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};
createRequire(join(appDir, 'package.json'))(join(appDir, 'dist', 'electron', 'main.cjs'));

// The device's browser on the station window's address: the page (its token becomes a cookie), then
// a pairing request with the code the address carries, which the relay takes to the laptop.
async function visitStation(url) {
  const page = await fetch(url);
  const cookie = page.headers.get('set-cookie')?.split(';')[0] ?? '';
  const code = new URLSearchParams(new URL(url).hash.slice(1)).get('code');
  const pair = await fetch(new URL('/pair', url), {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ code, name: 'Bàn cửa A' }),
  });
  return {
    page: { status: page.status, type: page.headers.get('content-type'), body: await page.text() },
    pair: { status: pair.status, body: await pair.json() },
  };
}

// Start-up is asynchronous (whenReady, then the demo congress is written): wait for both windows
// (a station's one).
for (let i = 0; i < 600 && windows.length < (station ? 1 : 2) && failures.length === 0; i++) await sleep(50);
const operator = windows[0];
const answers = [];
for (const [channel, input] of commands) {
  const handler = handlers.get(channel);
  const event = { sender: operator?.webContents, senderFrame: operator?.webContents.mainFrame };
  answers.push(handler ? await handler(event, input) : { missing: channel });
}
const report = {
  windows: windows.map((w) => ({ url: w.url, preload: w.options.webPreferences?.preload })),
  channels: [...handlers.keys()],
  answers,
  failures,
  lockedIn,
};
if (station) {
  if (operator) {
    report.visit = await visitStation(operator.url);
    operator.close(); // the station ends with its window: the relay closes, then the app quits
    await quitted;
    report.refusedAfterClose = await fetch(operator.url).then(
      () => false,
      () => true,
    );
  } // else it did not start: its failures say why, and there is nothing to quit
} else {
  // As on a real quit: will-quit is held while the engine process closes the congress file, then the
  // quit is asked for again.
  app.emit('will-quit', { preventDefault() {} });
  await quitted;
}
console.log(JSON.stringify(report));
