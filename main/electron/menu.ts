import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { RecentFile } from '../engine/workspace';

/** What the menu can do; menu-actions.ts binds these to the engine and the windows. They never reject. */
export interface MenuActions {
  newCongress(): Promise<void>;
  open(): Promise<void>;
  openPath(path: string): Promise<void>;
  openDemo(): Promise<void>;
  closeCongress(): Promise<void>;
  toggleProjector(): void;
  about(): Promise<void>;
}

export interface MenuState {
  recent: readonly RecentFile[];
  congressOpen: boolean;
  /** Reload and developer tools only while developing. */
  dev: boolean;
  platform: NodeJS.Platform;
}

function recentItems(actions: MenuActions, recent: readonly RecentFile[]): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: '(Chưa có tệp nào)', enabled: false }];
  return recent.map((file) => ({
    // "&" would turn the next letter into a Windows mnemonic
    label: `${file.name.replace(/&/g, '&&')} — ${file.path.replace(/&/g, '&&')}`,
    click: () => void actions.openPath(file.path),
  }));
}

/** The Vietnamese application menu, as data (built into a Menu by installMenu). */
export function menuTemplate(actions: MenuActions, state: MenuState): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { id: 'projector', label: 'Màn chiếu', accelerator: 'F5', click: () => actions.toggleProjector() },
    { label: 'Toàn màn hình', role: 'togglefullscreen' },
  ];
  if (state.dev) {
    view.push({ type: 'separator' }, { label: 'Tải lại', role: 'reload' }, { label: 'Công cụ phát triển', role: 'toggleDevTools' });
  }
  const template: MenuItemConstructorOptions[] = [
    {
      label: '&Tệp',
      submenu: [
        { id: 'new', label: 'Tạo đại hội mới…', accelerator: 'CmdOrCtrl+N', click: () => void actions.newCongress() },
        { id: 'open', label: 'Mở…', accelerator: 'CmdOrCtrl+O', click: () => void actions.open() },
        { id: 'recent', label: 'Mở gần đây', submenu: recentItems(actions, state.recent) },
        { id: 'demo', label: 'Mở đại hội mẫu', click: () => void actions.openDemo() },
        { type: 'separator' },
        { id: 'close', label: 'Đóng đại hội', enabled: state.congressOpen, click: () => void actions.closeCongress() },
        { type: 'separator' },
        { label: 'Thoát', role: 'quit' },
      ],
    },
    { label: '&Sửa', role: 'editMenu' }, // copy/paste shortcuts in text fields need this menu on macOS
    { label: '&Hiển thị', submenu: view },
    { label: 'Trợ &giúp', submenu: [{ id: 'about', label: 'Giới thiệu', click: () => void actions.about() }] },
  ];
  return state.platform === 'darwin' ? [{ role: 'appMenu' }, ...template] : template;
}

export function installMenu(actions: MenuActions, state: MenuState): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions, state)));
}
