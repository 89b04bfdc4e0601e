import type { ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { vi } from 'vitest';
import { forkEngineProcess, killAndWait } from '../../helpers/engine-child-process';

/**
 * A stand-in for the 'electron' module (there is no Electron binary on the build machines):
 * records what the app asks of it, and lets a test play the part of the OS and the renderer.
 * Use with `vi.mock('electron', () => import('./fake-electron'))`.
 */

type Handler = (...args: unknown[]) => unknown;

export interface WindowOptions {
  webPreferences?: { preload: string; [key: string]: unknown };
  [key: string]: unknown;
}

export interface MenuItem {
  id?: string;
  label?: string;
  submenu?: MenuItem[];
  [key: string]: unknown;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeSession {
  permissionRequestHandler: Handler | null = null;
  permissionCheckHandler: Handler | null = null;
  headersListener: Handler | null = null;
  hardenCalls = 0;
  webRequest = {
    onHeadersReceived: (listener: Handler) => {
      this.headersListener = listener;
    },
  };
  setPermissionRequestHandler(handler: Handler): void {
    this.hardenCalls++;
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Handler): void {
    this.permissionCheckHandler = handler;
  }
}

export class FakeFrame {
  parent: FakeFrame | null = null;
  constructor(
    public url: string,
    public processId: number,
    public routingId: number,
  ) {}
}

let nextId = 1;

/** A cancellable event, as Electron passes to will-navigate, close, … */
export function fakeEvent(fields: Record<string, unknown> = {}) {
  return {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame: FakeFrame;
  windowOpenHandler: Handler | null = null;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly css = new Map<string, string>();
  destroyed = false;
  constructor(readonly session: FakeSession) {
    super();
    this.mainFrame = new FakeFrame('about:blank', 100 + this.id, 1);
  }
  setWindowOpenHandler(handler: Handler): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  insertCSS(css: string): Promise<string> {
    const key = `css-${this.css.size + 1}-${Math.random()}`;
    this.css.set(key, css);
    return Promise.resolve(key);
  }
  removeInsertedCSS(key: string): Promise<void> {
    this.css.delete(key);
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export const session = { defaultSession: new FakeSession() };

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents(session.defaultSession);
  bounds: Rect;
  fullscreen: boolean;
  visible = false;
  shownInactive = false;
  /** How often the window left or entered full screen: each is a visible flicker in the hall. */
  fullscreenChanges = 0;
  menu: unknown = 'application menu';
  destroyed = false;
  minimized = false;
  focused = false;
  loadedUrl: string | null = null;
  constructor(readonly options: WindowOptions = {}) {
    super();
    const n = (key: string, fallback: number) => (typeof options[key] === 'number' ? options[key] : fallback);
    this.bounds = { x: n('x', 0), y: n('y', 0), width: n('width', 800), height: n('height', 600) };
    this.fullscreen = options.fullscreen === true;
    FakeBrowserWindow.all.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
    this.shownInactive = false;
  }
  showInactive(): void {
    this.visible = true;
    this.shownInactive = true;
  }
  hide(): void {
    this.visible = false;
  }
  isVisible(): boolean {
    return this.visible;
  }
  setMenu(menu: unknown): void {
    this.menu = menu;
  }
  setBounds(bounds: Rect): void {
    this.bounds = bounds;
  }
  setFullScreen(on: boolean): void {
    if (on !== this.fullscreen) this.fullscreenChanges++;
    this.fullscreen = on;
  }
  getBounds(): Rect {
    return this.bounds;
  }
  isFullScreen(): boolean {
    return this.fullscreen;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focused = true;
  }
  close(): void {
    const event = fakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}
export { FakeBrowserWindow as BrowserWindow };

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, handler: Handler): void {
    // Electron throws on a second handler for a channel; so does the fake.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  },
};

export interface FakeDisplay {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

export function display(id: number, x: number, width = 1920, height = 1080): FakeDisplay {
  return { id, bounds: { x, y: 0, width, height }, workArea: { x, y: 0, width, height: height - 40 } };
}

class FakeScreen extends EventEmitter {
  displays: FakeDisplay[] = [display(1, 0)];
  primaryId = 1;
  getAllDisplays(): FakeDisplay[] {
    return this.displays;
  }
  getPrimaryDisplay(): FakeDisplay {
    return this.displays.find((d) => d.id === this.primaryId) ?? this.displays[0]!;
  }
  /** Plays the OS: the list changes, then the event fires. */
  plug(d: FakeDisplay): void {
    this.displays = [...this.displays, d];
    this.emit('display-added', {}, d);
  }
  unplug(id: number): void {
    const gone = this.displays.find((d) => d.id === id);
    this.displays = this.displays.filter((d) => d.id !== id);
    this.emit('display-removed', {}, gone);
  }
  /** A display changes resolution or place (or becomes primary); Electron fires metrics-changed. */
  change(d: FakeDisplay, primaryId = this.primaryId): void {
    this.displays = this.displays.map((x) => (x.id === d.id ? d : x));
    this.primaryId = primaryId;
    this.emit('display-metrics-changed', {}, d, ['bounds']);
  }
}
export const screen = new FakeScreen();

class FakeApp extends EventEmitter {
  gotLock = true;
  isPackaged = false;
  appPath = '/app';
  paths: Record<string, string> = { documents: '/documents' };
  quit = vi.fn();
  exit = vi.fn();
  enableSandbox = vi.fn();
  requestSingleInstanceLock = vi.fn(() => this.gotLock);
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  isReady(): boolean {
    return true;
  }
  getPath(name: string): string {
    const path = this.paths[name];
    if (!path) throw new Error(`no path ${name}`);
    return path;
  }
  getVersion(): string {
    return '9.8.7';
  }
  getAppPath(): string {
    return this.appPath;
  }
}
export const app = new FakeApp();

export const dialog = {
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
  showErrorBox: vi.fn(),
};

export const Menu = {
  current: null as { template: MenuItem[] } | null,
  buildFromTemplate: (template: MenuItem[]) => ({ template }),
  setApplicationMenu(menu: { template: MenuItem[] } | null): void {
    this.current = menu;
  },
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  },
};

export const ipcRenderer = {
  invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null })),
  on: vi.fn(),
  send: vi.fn(),
  removeListener: vi.fn(),
};

/**
 * Electron's utility process, played by a real Node process: the engine's own entry
 * (main/electron/engine-child.ts) runs in it under fake-utility-child.ts's parentPort. The module
 * path main asks for is the bundle's (dist/electron/engine.cjs), which a test does not build.
 */
export class FakeUtilityProcess extends EventEmitter {
  constructor(
    readonly modulePath: string,
    readonly options: Record<string, unknown>,
    readonly child: ChildProcess,
  ) {
    super();
    child.on('message', (message) => this.emit('message', message));
    child.once('exit', (code) => this.emit('exit', code ?? 1)); // Electron always reports a number
  }
  get pid(): number | undefined {
    return this.child.pid;
  }
  postMessage(message: unknown): void {
    if (this.child.connected) this.child.send(message as never);
  }
  kill(): boolean {
    return this.child.kill();
  }
  get ended(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }
}

const UTILITY_CHILD = join(import.meta.dirname, 'fake-utility-child.ts');

export const utilityProcess = {
  forked: [] as FakeUtilityProcess[],
  fork(modulePath: string, _args: string[] = [], options: Record<string, unknown> = {}): FakeUtilityProcess {
    if (!modulePath.endsWith(join('dist', 'electron', 'engine.cjs'))) throw new Error(`no such utility module here: ${modulePath}`);
    const forked = new FakeUtilityProcess(modulePath, options, forkEngineProcess(UTILITY_CHILD));
    this.forked.push(forked);
    return forked;
  },
  /** Waits for every process forked to end, killing what is still there after `ms`: none outlives its test. */
  async settle(ms = 10_000): Promise<void> {
    await Promise.all(
      this.forked.map(async (p) => {
        if (p.ended) return;
        const timer = setTimeout(() => p.kill(), ms);
        await new Promise((resolve) => p.child.once('exit', resolve));
        clearTimeout(timer);
      }),
    );
    this.forked = [];
  },
  /** The OS ends a utility process (a crash, the task manager). */
  crash(p: FakeUtilityProcess): Promise<void> {
    return killAndWait(p.child);
  },
};

/** Back to a fresh machine with one display and nothing registered. */
export function resetFakes(): void {
  FakeBrowserWindow.all = [];
  session.defaultSession = new FakeSession();
  ipcMain.handlers.clear();
  screen.removeAllListeners();
  screen.displays = [display(1, 0)];
  screen.primaryId = 1;
  app.removeAllListeners();
  app.gotLock = true;
  Menu.current = null;
  contextBridge.exposed.clear();
  for (const fn of [
    app.quit,
    app.exit,
    app.enableSandbox,
    app.requestSingleInstanceLock,
    ...Object.values(dialog),
    ipcRenderer.invoke,
    ipcRenderer.on,
    ipcRenderer.send,
  ]) {
    fn.mockClear();
  }
  dialog.showOpenDialog.mockImplementation(async () => ({ canceled: true, filePaths: [] }));
  dialog.showSaveDialog.mockImplementation(async () => ({ canceled: true, filePath: '' }));
}
