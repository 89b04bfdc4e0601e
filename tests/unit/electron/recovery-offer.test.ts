import { mkdtempSync, readFileSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dialog, FakeBrowserWindow, resetFakes } from './fake-electron';
import type { MenuActions } from '../../../main/electron/menu';
import { createMenuActions, type MenuActionDeps } from '../../../main/electron/menu-actions';
import { Engine } from '../../../main/engine/engine';
import { EngineProxy } from '../../../main/engine-process/engine-proxy';
import { engineChildOf, forkEngineProcess } from '../../helpers/engine-child-process';
import { ENGINE_START_MS } from '../../helpers/engine-child-process';

vi.mock('electron', () => import('./fake-electron'));

type Window = ReturnType<MenuActionDeps['operator']>;

/**
 * Mở… on a damaged congress file in the desktop app: the native dialog offers the latest good copy.
 * The file is made and damaged here; the menu talks to the engine process, as in the app.
 */
describe('opening a damaged file from the menu', () => {
  let dir: string;
  let engine: EngineProxy;
  let actions: MenuActions;
  let path: string;

  beforeEach(async () => {
    resetFakes();
    dir = mkdtempSync(join(tmpdir(), 'congress-recover-'));
    path = join(dir, 'hong.congress');
    const maker = new Engine({ workspaceDir: dir });
    maker.create('Đại hội bị hỏng', path);
    await maker.call('sessions:create', { title: 'Phiên hai' });
    maker.close(); // a copy on close
    truncateSync(path, 4096);
    engine = await EngineProxy.start({ spawn: () => engineChildOf(forkEngineProcess()), start: { workspaceDir: dir } });
    actions = createMenuActions({ engine, operator: () => new FakeBrowserWindow() as unknown as Window, toggleProjector: () => {} });
  }, ENGINE_START_MS);
  afterEach(async () => {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  }, ENGINE_START_MS);

  it('offers the copy in the error dialog, and opens it beside the untouched original when accepted', async () => {
    const damaged = readFileSync(path);
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    await actions.openPath(path);
    const [, options] = dialog.showMessageBox.mock.calls[0] as [unknown, { message: string; buttons: string[]; detail: string }];
    expect(options.message).toMatch(/bị hỏng/);
    expect(options.buttons).toEqual(['Mở bản sao lưu gần nhất', 'Đóng']);
    expect(options.detail).toContain('Tệp gốc được giữ nguyên');
    const open = (await engine.state()).congress!;
    expect(open.path).toContain('hong (khoi phuc ');
    expect(open.sessions.map((s) => s.title)).toContain('Phiên hai');
    expect(readFileSync(path).equals(damaged)).toBe(true);
  });

  it('opens nothing when the operator closes the dialog', async () => {
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    await actions.openPath(path);
    expect((await engine.state()).congress).toBeNull();
  });
});
