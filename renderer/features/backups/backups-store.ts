import { create } from 'zustand';
import type { BackupInfo, BackupList, BackupSettings } from '../../../shared/contract/backup-channels';
import type { AppErrorData } from '../../../shared/contract/result';
import type { CongressInfo } from '../../../shared/contract/types';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { useFileDialog } from '../common/file-dialog-store';

export interface BackupsStore {
  open: boolean;
  /** The copies of this congress file (the open one, or one that would not open). */
  congressPath: string | null;
  list: BackupList | null;
  settings: BackupSettings | null;
  busy: boolean;
  show(congressPath?: string): Promise<void>;
  hide(): void;
  load(): Promise<void>;
  backUpNow(): Promise<BackupInfo | null>;
  restore(copy: BackupInfo): Promise<boolean>;
  setSecondFolder(folder: string | null): Promise<boolean>;
}

export const getInitialBackupsState = () => ({ open: false, congressPath: null, list: null, settings: null, busy: false });

function failed(error: AppErrorData): false {
  useApp.getState().fail(error);
  return false;
}

/** After a restore or an opened copy: the window follows the file now open. */
async function opened(congress: CongressInfo): Promise<void> {
  const app = useApp.getState();
  app.setCongress(congress);
  app.setView('checkin');
  await app.refresh();
}

export const useBackups = create<BackupsStore>((set, get) => ({
  ...getInitialBackupsState(),
  async show(congressPath) {
    set({ open: true, congressPath: congressPath ?? null });
    await get().load();
  },
  hide() {
    set(getInitialBackupsState());
  },
  async load() {
    const path = get().congressPath;
    const [list, settings] = await Promise.all([
      client().call('backups:list', path ? { congressPath: path } : {}),
      client().call('backups:settings', {}),
    ]);
    if (!list.ok) return void failed(list.error);
    if (!settings.ok) return void failed(settings.error);
    set({ list: list.value, settings: settings.value });
  },
  async backUpNow() {
    set({ busy: true });
    const r = await client().call('backups:create', {});
    set({ busy: false });
    if (!r.ok) return failed(r.error) || null;
    await get().load();
    return r.value;
  },
  async restore(copy) {
    set({ busy: true });
    const path = get().congressPath;
    const r = path
      ? await client().call('backups:openCopy', { congressPath: path, file: copy.file })
      : await client().call('backups:restore', { file: copy.file });
    set({ busy: false });
    if (!r.ok) return failed(r.error);
    await opened(r.value);
    set({ congressPath: null });
    await get().load();
    return true;
  },
  async setSecondFolder(folder) {
    const r = await client().call('backups:setSettings', { secondFolder: folder });
    if (!r.ok) return failed(r.error);
    set({ settings: r.value });
    await get().load();
    return true;
  },
}));

/** The copy a refusal to open offers (engine: BackupManager.offerOnFailure), if any. */
export function offeredBackup(error: AppErrorData | undefined): { congressPath: string; copy: BackupInfo } | null {
  const details = error?.details as { congressPath?: string; latestBackup?: BackupInfo } | undefined;
  return details?.congressPath && details.latestBackup ? { congressPath: details.congressPath, copy: details.latestBackup } : null;
}

export async function openOfferedCopy(congressPath: string, copy: BackupInfo): Promise<boolean> {
  const r = await client().call('backups:openCopy', { congressPath, file: copy.file });
  if (!r.ok) return failed(r.error);
  useApp.getState().dismiss();
  useFileDialog.getState().setMode(null); // the "open by path" form that led here has done its job
  await opened(r.value);
  return true;
}
