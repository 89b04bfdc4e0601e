import { mkdtempSync, readFileSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dialog, FakeBrowserWindow, resetFakes } from './fake-electron';
import type { MenuActions } from '../../../main/electron/menu';
import { createMenuActions, type MenuActionDeps } from '../../../main/electron/menu-actions';
import { Engine } from '../../../main/engine/engine';

vi.mock('electron', () => import('./fake-electron'));

type Window = ReturnType<MenuActionDeps['operator']>;

/** Mở… on a damaged congress file in the desktop app: the native dialog offers the latest good copy. */
describe('opening a damaged file from the menu', () => {
  let dir: string;
  let engine: Engine;
  let actions: MenuActions;
  let path: string;

  beforeEach(async () => {
    resetFakes();
    dir = mkdtempSync(join(tmpdir(), 'congress-recover-'));
    engine = new Engine({ workspaceDir: dir });
    actions = createMenuActions({ engine, operator: () => new FakeBrowserWindow() as unknown as Window, toggleProjector: () => {} });
    path = join(dir, 'hong.congress');
    engine.create('Đại hội bị hỏng', path);
    await engine.call('sessions:create', { title: 'Phiên hai' });
    engine.close(); // a copy on close
    truncateSync(path, 4096);
  });
  afterEach(() => {
    engine.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('offers the copy in the error dialog, and opens it beside the untouched original when accepted', async () => {
    const damaged = readFileSync(path);
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    await actions.openPath(path);
    const [, options] = dialog.showMessageBox.mock.calls[0] as [unknown, { message: string; buttons: string[]; detail: string }];
    expect(options.message).toMatch(/bị hỏng/);
    expect(options.buttons).toEqual(['Mở bản sao lưu gần nhất', 'Đóng']);
    expect(options.detail).toContain('Tệp gốc được giữ nguyên');
    const open = engine.state().congress!;
    expect(open.path).toContain('hong (khoi phuc ');
    expect(open.sessions.map((s) => s.title)).toContain('Phiên hai');
    expect(readFileSync(path).equals(damaged)).toBe(true);
  });

  it('opens nothing when the operator closes the dialog', async () => {
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    await actions.openPath(path);
    expect(engine.isOpen).toBe(false);
  });
});
