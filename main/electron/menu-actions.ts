import { basename } from 'node:path';
import { type BrowserWindow, dialog, type MessageBoxOptions } from 'electron';
import type { CommandName } from '../../shared/contract/channels';
import type { Engine } from '../engine/engine';
import { CONGRESS_EXTENSION } from '../engine/workspace';
import { chooseCongressToCreate, chooseCongressToOpen } from './dialogs';
import type { MenuActions } from './menu';

export interface MenuActionDeps {
  engine: Pick<Engine, 'invoke' | 'state' | 'workspace'>;
  operator(): BrowserWindow | null;
  toggleProjector(): void;
}

/** A menu click has nobody to hand a rejection to: log it, never let it escape. */
function guarded(action: () => Promise<void>): () => Promise<void> {
  return () => action().catch((error: unknown) => console.error('[electron] menu action failed', error));
}

/**
 * The menu goes through engine.invoke like any window, so the same checks run and every window
 * hears `congress:changed` once the file is open.
 */
export function createMenuActions(deps: MenuActionDeps): MenuActions {
  const { engine } = deps;

  async function message(options: MessageBoxOptions): Promise<void> {
    const win = deps.operator();
    await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  }

  async function run(channel: CommandName, input: unknown, title: string): Promise<void> {
    const result = await engine.invoke(channel, input);
    if (!result.ok) await message({ type: 'error', title, message: result.error.message, detail: result.error.messageEn });
  }

  return {
    newCongress: guarded(async () => {
      // The file name the operator types becomes the congress's name; the setup screen can refine it.
      const path = await chooseCongressToCreate(deps.operator(), engine.workspace.dir, 'Đại hội mới');
      if (path) await run('congress:create', { name: basename(path, CONGRESS_EXTENSION), path }, 'Không tạo được đại hội');
    }),
    open: guarded(async () => {
      const path = await chooseCongressToOpen(deps.operator(), engine.workspace.dir);
      if (path) await run('congress:open', { path }, 'Không mở được đại hội');
    }),
    openPath: (path) => guarded(() => run('congress:open', { path }, 'Không mở được đại hội'))(),
    openDemo: guarded(() => run('congress:openDemo', {}, 'Không mở được đại hội mẫu')),
    closeCongress: guarded(() => run('congress:close', {}, 'Không đóng được đại hội')),
    toggleProjector: () => deps.toggleProjector(),
    about: guarded(async () => {
      const { appVersion, congress } = engine.state();
      const lines = [`Phiên bản ứng dụng: ${appVersion}`];
      if (congress) {
        lines.push(`Tệp đại hội: ${congress.path}`, `Phiên bản cấu trúc dữ liệu của tệp: ${congress.schemaVersion}`);
      } else {
        lines.push('Chưa mở đại hội nào.');
      }
      await message({ type: 'info', title: 'Giới thiệu', message: 'Congress Desk — điều hành Đại hội', detail: lines.join('\n') });
    }),
  };
}
