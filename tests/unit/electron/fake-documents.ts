import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { app, fakeEvent, resetFakes, utilityProcess } from './fake-electron';
import { ENGINE_START_MS } from '../../helpers/engine-child-process';
import { Engine } from '../../../main/engine/engine';

export interface FakeDocuments {
  /** The user's documents folder the fake electron reports. */
  readonly documents: string;
  /** The workspace startApp derives from it. */
  readonly workspace: string;
  /** A congress someone worked on before, in the workspace the app will use; returns its path. */
  earlierCongress(name: string): string;
}

/**
 * For tests of startApp: fresh fakes and a real, empty documents folder before each test; after it,
 * the app quits (its engine process closing the congress and ending) and the folder goes. CONGRESS_DESK_HOME is unset meanwhile so
 * the workspace must come from the documents folder.
 */
export function useFakeDocuments(prefix: string): FakeDocuments {
  const home = process.env.CONGRESS_DESK_HOME;
  let documents = '';
  beforeEach(() => {
    resetFakes();
    delete process.env.CONGRESS_DESK_HOME;
    documents = mkdtempSync(join(tmpdir(), prefix));
    app.paths = { documents };
  });
  afterEach(async () => {
    app.emit('will-quit', fakeEvent());
    await utilityProcess.settle();
    if (home !== undefined) process.env.CONGRESS_DESK_HOME = home;
    rmSync(documents, { recursive: true, force: true });
  }, ENGINE_START_MS);
  const fixture: FakeDocuments = {
    get documents() {
      return documents;
    },
    get workspace() {
      return join(documents, 'CongressDesk');
    },
    earlierCongress(name) {
      const engine = new Engine({ workspaceDir: fixture.workspace });
      const path = engine.create(name, join(documents, `${name}.congress`)).path;
      engine.close();
      return path;
    },
  };
  return fixture;
}

/** Runs `start` with `arg` appended to process.argv, as if the app had been launched with it. */
export async function launchedWith<T>(arg: string, start: () => Promise<T>): Promise<T> {
  process.argv.push(arg);
  try {
    return await start();
  } finally {
    process.argv.pop();
  }
}
