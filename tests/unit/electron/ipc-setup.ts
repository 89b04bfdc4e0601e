import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { FakeBrowserWindow, ipcMain, resetFakes } from './fake-electron';
import { type IpcDeps, registerIpc } from '../../../main/electron/ipc';
import { EVENT_CHANNEL, type EventMessage } from '../../../main/electron/ipc-channels';
import { pageUrl } from '../../../main/electron/windows';
import type { DB } from '../../../main/db/db';
import { EngineProxy } from '../../../main/engine-process/engine-proxy';
import type { EngineStart } from '../../../main/engine-process/protocol';
import type { Result } from '../../../shared/contract/result';
import { ENGINE_START_MS, engineChildOf, forkEngineProcess } from '../../helpers/engine-child-process';
import { officialDelegate } from '../../integration/ballots/ballot-setup';

type Window = NonNullable<ReturnType<IpcDeps['windows']['operator']>>;
export const ROOT = '/opt/congress-desk';

export interface EngineProcessFixture {
  /** The workspace folder of the engine process. */
  readonly workspace: string;
  /** A folder of this test's own inside it, for its files. */
  readonly dir: string;
  /** The proxy main holds; the engine itself runs in a real child process, one per test file. */
  readonly engine: EngineProxy;
}

/**
 * One engine process for the test file (the entry the desktop app's utility process runs, in a
 * Node child); before each test nothing is open and the test has a folder of its own.
 */
export function useEngineProcess(prefix: string, start: Partial<EngineStart> = {}): EngineProcessFixture {
  let workspace = '';
  let dir = '';
  let engine: EngineProxy;
  let tests = 0;
  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), prefix));
    engine = await EngineProxy.start({
      spawn: () => engineChildOf(forkEngineProcess()),
      start: { rememberRecent: false, ...start, workspaceDir: workspace },
    });
  }, ENGINE_START_MS);
  afterAll(async () => {
    await engine.close();
    rmSync(workspace, { recursive: true, force: true });
  }, ENGINE_START_MS);
  beforeEach(async () => {
    await engine.invoke('congress:close', {});
    dir = join(workspace, `test-${++tests}`);
    mkdirSync(dir);
  });
  return {
    get workspace() {
      return workspace;
    },
    get dir() {
      return dir;
    },
    get engine() {
      return engine;
    },
  };
}

export interface IpcFixture {
  /** The workspace folder of the engine process (the dialogs start there). */
  readonly dir: string;
  readonly engine: EngineProxy;
  /** This test's congress file, freshly created and open. */
  readonly path: string;
  readonly operator: FakeBrowserWindow;
  readonly projector: FakeBrowserWindow;
  /** Undoes registerIpc (the fixture does it after each test unless done already). */
  dispose(): void;
  /** A renderer's invoke as it reaches main: the input, then what the bridge put beside it; from the top frame unless told. */
  send(from: FakeBrowserWindow, channel: string, args?: unknown[], frame?: unknown): Promise<Result<unknown>>;
  /** The events main sent a window, in order. */
  sent(win: FakeBrowserWindow): EventMessage[];
  /** Closes the congress in the engine and reads its file, as any program could once it is let go. */
  readClosedFile<T>(read: (db: DB) => T): Promise<T>;
}

/**
 * What ipc.test.ts and ipc-envelope.test.ts share: one engine process for the file, and before each
 * test fresh fakes, a new congress with `delegates` official delegates, both windows on our pages,
 * and main's IPC handlers registered over the engine proxy.
 */
export function useIpcFixture(prefix: string, options: { delegates?: number } = {}): IpcFixture {
  const engineProcess = useEngineProcess(prefix);
  let path = '';
  let operator: FakeBrowserWindow;
  let projector: FakeBrowserWindow;
  let dispose = () => {};

  beforeEach(async () => {
    resetFakes();
    const { engine } = engineProcess;
    path = join(engineProcess.dir, 't.congress');
    const created = await engine.invoke('congress:create', { name: 'Test', path });
    if (!created.ok) throw new Error(`congress:create failed: ${JSON.stringify(created.error)}`);
    for (let i = 1; i <= (options.delegates ?? 0); i++) await engine.invoke('delegates:create', officialDelegate(i));
    operator = new FakeBrowserWindow();
    projector = new FakeBrowserWindow();
    void operator.loadURL(pageUrl(ROOT, 'operator'));
    void projector.loadURL(pageUrl(ROOT, 'projector'));
    const undo = registerIpc({
      engine,
      windows: { operator: () => operator as unknown as Window, projector: () => projector as unknown as Window },
      pages: { operator: pageUrl(ROOT, 'operator'), projector: pageUrl(ROOT, 'projector') },
    });
    dispose = () => {
      undo();
      dispose = () => {};
    };
  });
  afterEach(() => dispose());

  return {
    get dir() {
      return engineProcess.workspace;
    },
    get engine() {
      return engineProcess.engine;
    },
    get path() {
      return path;
    },
    get operator() {
      return operator;
    },
    get projector() {
      return projector;
    },
    dispose: () => dispose(),
    send(from, channel, args = [], frame = from.webContents.mainFrame) {
      const handler = ipcMain.handlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return handler({ sender: from.webContents, senderFrame: frame }, ...args) as Promise<Result<unknown>>;
    },
    sent: (win) => win.webContents.sent.filter((s) => s.channel === EVENT_CHANNEL).map((s) => s.args[0] as EventMessage),
    async readClosedFile(read) {
      await engineProcess.engine.invoke('congress:close', {});
      const db = new Database(path, { readonly: true }) as unknown as DB;
      try {
        return read(db);
      } finally {
        db.close();
      }
    },
  };
}
