import { join } from 'node:path';
import { dialog, FakeBrowserWindow, Menu, resetFakes } from './fake-electron';
import { useEngineProcess } from './ipc-setup';
import { installMenu, type MenuActions, type MenuState, menuTemplate } from '../../../main/electron/menu';
import { createMenuActions, type MenuActionDeps } from '../../../main/electron/menu-actions';
import type { CongressInfo } from '../../../shared/contract/types';

vi.mock('electron', () => import('./fake-electron'));

type MenuItemConstructorOptions = ReturnType<typeof menuTemplate>[number];
type Window = NonNullable<ReturnType<MenuActionDeps['operator']>>;
interface MessageOptions {
  type?: string;
  title?: string;
  message: string;
  detail?: string;
}

const recent = [
  { path: '/data/a.congress', name: 'Đại hội A & B', openedAt: '2025-01-01T00:00:00Z' },
  { path: '/data/b.congress', name: 'Đại hội B', openedAt: '2025-01-02T00:00:00Z' },
];
const state: MenuState = { recent, congressOpen: true, dev: false, platform: 'win32' };

function fakeActions(): MenuActions & Record<string, ReturnType<typeof vi.fn>> {
  const done = () => vi.fn(async () => {});
  return {
    newCongress: done(),
    open: done(),
    openPath: vi.fn(async (_path: string) => {}),
    openDemo: done(),
    closeCongress: done(),
    toggleProjector: vi.fn(),
    about: done(),
  };
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((m) => m.label?.replace('&', '') === label);
  expect(menu, label).toBeDefined();
  return menu!.submenu as MenuItemConstructorOptions[];
}

function item(items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = items.find((i) => i.id === id);
  expect(found, id).toBeDefined();
  return found!;
}

const click = (i: MenuItemConstructorOptions) => (i.click as () => void)();

describe('menuTemplate', () => {
  it('is in Vietnamese: Tệp, Sửa, Hiển thị, Trợ giúp', () => {
    expect(menuTemplate(fakeActions(), state).map((m) => m.label?.replace('&', ''))).toEqual(['Tệp', 'Sửa', 'Hiển thị', 'Trợ giúp']);
  });

  it('Tệp: new (Ctrl+N), open (Ctrl+O), recent, demo, close, each calling its action', () => {
    const actions = fakeActions();
    const file = submenu(menuTemplate(actions, state), 'Tệp');
    expect(item(file, 'new')).toMatchObject({ label: 'Tạo đại hội mới…', accelerator: 'CmdOrCtrl+N' });
    expect(item(file, 'open')).toMatchObject({ label: 'Mở…', accelerator: 'CmdOrCtrl+O' });
    expect(item(file, 'demo').label).toBe('Mở đại hội mẫu');
    expect(item(file, 'close')).toMatchObject({ label: 'Đóng đại hội', enabled: true });
    for (const [id, action] of [
      ['new', 'newCongress'],
      ['open', 'open'],
      ['demo', 'openDemo'],
      ['close', 'closeCongress'],
    ] as const) {
      click(item(file, id));
      expect(actions[action]).toHaveBeenCalledOnce();
    }
  });

  it('Mở gần đây lists the recent files, escaping "&", and opens the one clicked', () => {
    const actions = fakeActions();
    const recentItems = item(submenu(menuTemplate(actions, state), 'Tệp'), 'recent').submenu as MenuItemConstructorOptions[];
    expect(recentItems.map((r) => r.label)).toEqual(['Đại hội A && B — /data/a.congress', 'Đại hội B — /data/b.congress']);
    click(recentItems[1]!);
    expect(actions.openPath).toHaveBeenCalledWith('/data/b.congress');
  });

  it('with nothing recent and nothing open: a disabled placeholder, and Đóng disabled', () => {
    const file = submenu(menuTemplate(fakeActions(), { ...state, recent: [], congressOpen: false }), 'Tệp');
    expect(item(file, 'recent').submenu).toEqual([{ label: '(Chưa có tệp nào)', enabled: false }]);
    expect(item(file, 'close').enabled).toBe(false);
  });

  it('Hiển thị: the projector on F5 and full screen; reload only while developing', () => {
    const actions = fakeActions();
    const view = submenu(menuTemplate(actions, state), 'Hiển thị');
    expect(item(view, 'projector')).toMatchObject({ label: 'Màn chiếu', accelerator: 'F5' });
    click(item(view, 'projector'));
    expect(actions.toggleProjector).toHaveBeenCalledOnce();
    expect(view.map((v) => v.role)).toContain('togglefullscreen');
    expect(view.map((v) => v.role)).not.toContain('reload');
    const devView = submenu(menuTemplate(actions, { ...state, dev: true }), 'Hiển thị');
    expect(devView.find((v) => v.role === 'reload')?.label).toBe('Tải lại');
  });

  it('Trợ giúp: Giới thiệu', () => {
    const actions = fakeActions();
    click(item(submenu(menuTemplate(actions, state), 'Trợ giúp'), 'about'));
    expect(actions.about).toHaveBeenCalledOnce();
  });

  it('gets the application menu on macOS first, and is installed as the application menu', () => {
    expect(menuTemplate(fakeActions(), { ...state, platform: 'darwin' })[0]).toEqual({ role: 'appMenu' });
    resetFakes();
    installMenu(fakeActions(), state);
    expect(Menu.current?.template[0]?.label).toBe('&Tệp');
  });
});

describe('createMenuActions against the engine process', () => {
  const engineProcess = useEngineProcess('congress-menu-', { appVersion: '1.2.3' });
  let dir: string;
  let operator: FakeBrowserWindow;
  let toggleProjector: ReturnType<typeof vi.fn<() => void>>;
  let actions: MenuActions;
  const engine = {
    on: (...args: Parameters<typeof engineProcess.engine.on>) => engineProcess.engine.on(...args),
    state: () => engineProcess.engine.state(),
    isOpen: async () => (await engineProcess.engine.state()).congress !== null,
    async create(name: string, path: string): Promise<CongressInfo> {
      const r = await engineProcess.engine.invoke('congress:create', { name, path });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value;
    },
    close: () => engineProcess.engine.invoke('congress:close', {}),
  };

  beforeEach(() => {
    resetFakes();
    dir = engineProcess.dir;
    operator = new FakeBrowserWindow();
    toggleProjector = vi.fn<() => void>();
    actions = createMenuActions({ engine: engineProcess.engine, operator: () => operator as unknown as Window, toggleProjector });
  });

  it('Tạo đại hội mới: creates the file chosen, named after it, and tells every window', async () => {
    const events: string[] = [];
    engine.on((name) => events.push(name));
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'Đại hội Chi bộ 3') });
    await actions.newCongress();
    expect((await engine.state()).congress).toMatchObject({
      path: join(dir, 'Đại hội Chi bộ 3.congress'),
      settings: { name: 'Đại hội Chi bộ 3' },
    });
    expect(events).toContain('congress:changed');
  });

  it('Mở…: opens the file picked; a cancelled picker changes nothing', async () => {
    await engine.create('Cũ', join(dir, 'old.congress'));
    await engine.close();
    await actions.open();
    expect(await engine.isOpen()).toBe(false);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(dir, 'old.congress')] });
    await actions.open();
    expect((await engine.state()).congress?.settings.name).toBe('Cũ');
  });

  it('shows the engine’s Vietnamese error when a file cannot be opened', async () => {
    await actions.openPath(join(dir, 'missing.congress'));
    expect(await engine.isOpen()).toBe(false);
    const [parent, options] = dialog.showMessageBox.mock.calls[0] as [unknown, MessageOptions];
    expect(parent).toBe(operator);
    expect(options).toMatchObject({ type: 'error', title: 'Không mở được đại hội' });
    expect(options.message).toMatch(/Không tìm thấy tệp/);
  });

  it('Đóng đại hội closes it; the projector item toggles the projector', async () => {
    await engine.create('X', join(dir, 'x.congress'));
    await actions.closeCongress();
    expect(await engine.isOpen()).toBe(false);
    actions.toggleProjector();
    expect(toggleProjector).toHaveBeenCalledOnce();
  });

  it('Giới thiệu: the app version and the open file’s schema version', async () => {
    const info = await engine.create('X', join(dir, 'x.congress'));
    await actions.about();
    const [, options] = dialog.showMessageBox.mock.calls[0] as [unknown, MessageOptions];
    expect(options.detail).toContain('Phiên bản ứng dụng: 1.2.3');
    expect(options.detail).toContain(`Phiên bản cấu trúc dữ liệu của tệp: ${info.schemaVersion}`);
    expect(options.title).toBe('Giới thiệu / About');
    expect(options.detail).toContain(
      `Version 1.2.3 · congress file schema ${info.schemaVersion} · open file: schema ${info.schemaVersion}`,
    );
  });

  it('never rejects, even when a dialog fails', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    dialog.showOpenDialog.mockRejectedValueOnce(new Error('no display'));
    await expect(actions.open()).resolves.toBeUndefined();
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
