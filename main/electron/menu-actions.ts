import { basename } from 'node:path';
import { type BrowserWindow, dialog, type MessageBoxOptions } from 'electron';
import type { CommandName } from '../../shared/contract/channels';
import { formatDateTime } from '../../shared/domain/format';
import { renderMessage } from '../../shared/i18n/messages';
import type { EngineApi } from '../engine-process/engine-api';
import { CONGRESS_EXTENSION } from '../engine/workspace';
import { chooseCongressToCreate, chooseCongressToOpen } from './dialogs';
import type { MenuActions } from './menu';

export interface MenuActionDeps {
  engine: Pick<EngineApi, 'invoke' | 'state' | 'workspace'>;
  operator(): BrowserWindow | null;
  toggleProjector(): void;
}

/** The copy a refusal to open carries (BackupManager.offerOnFailure), if any. */
function offeredCopy(details: unknown): { congressPath: string; latestBackup: { file: string; createdAt: string } } | null {
  const d = details as { congressPath?: string; latestBackup?: { file: string; createdAt: string } } | undefined;
  return d?.congressPath && d.latestBackup ? { congressPath: d.congressPath, latestBackup: d.latestBackup } : null;
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

  async function message(options: MessageBoxOptions): Promise<number> {
    const win = deps.operator();
    return (await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options))).response;
  }

  async function run(channel: CommandName, input: unknown, title: string): Promise<void> {
    const result = await engine.invoke(channel, input);
    if (result.ok) return;
    const offer = offeredCopy(result.error.details);
    if (!offer) {
      await message({ type: 'error', title, message: renderMessage('vi', result.error), detail: renderMessage('en', result.error) });
      return;
    }
    // A file that would not open, with a usable copy: offer it, as the window's recovery dialog does.
    const choice = await message({
      type: 'error',
      title,
      message: renderMessage('vi', result.error),
      detail: `Bản sao lưu gần nhất dùng được: ${formatDateTime(offer.latestBackup.createdAt)}. Tệp gốc được giữ nguyên; bản sao được mở thành một tệp mới bên cạnh.\n\n${renderMessage('en', result.error)}`,
      buttons: ['Mở bản sao lưu gần nhất', 'Đóng'],
      defaultId: 0,
      cancelId: 1,
    });
    if (choice === 0) await run('backups:openCopy', { congressPath: offer.congressPath, file: offer.latestBackup.file }, title);
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
      // The same facts as the F1 panel's Giới thiệu, from the same 'app:state'; Vietnamese, then English.
      const { appVersion, schemaVersion, congress } = await engine.state();
      const lines = [`Phiên bản ứng dụng: ${appVersion}`, `Cấu trúc dữ liệu tệp đại hội: phiên bản ${schemaVersion}`];
      if (congress) {
        lines.push(`Tệp đại hội: ${congress.path}`, `Phiên bản cấu trúc dữ liệu của tệp: ${congress.schemaVersion}`);
      } else {
        lines.push('Chưa mở đại hội nào.');
      }
      lines.push('Không dùng Internet: không tự cập nhật, không gửi dữ liệu đi.', '');
      lines.push(
        `Version ${appVersion} · congress file schema ${schemaVersion}${congress ? ` · open file: schema ${congress.schemaVersion}` : ''}`,
      );
      lines.push('No Internet use: no automatic updates, nothing sent anywhere.');
      await message({ type: 'info', title: 'Giới thiệu / About', message: 'Congress Desk — điều hành Đại hội', detail: lines.join('\n') });
    }),
  };
}
