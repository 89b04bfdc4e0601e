import { join } from 'node:path';
import { type BrowserWindow, dialog, type FileFilter } from 'electron';
import { CONGRESS_EXTENSION, congressFileName } from '../engine/workspace';

const CONGRESS_FILTERS: FileFilter[] = [
  { name: 'Tệp đại hội (*.congress)', extensions: [CONGRESS_EXTENSION.slice(1)] },
  { name: 'Tất cả các tệp', extensions: ['*'] },
];

/** The native "open" picker for a congress file; null when the operator cancels. */
export async function chooseCongressToOpen(parent: BrowserWindow | null, workspaceDir: string): Promise<string | null> {
  const options = {
    title: 'Mở đại hội',
    buttonLabel: 'Mở',
    defaultPath: workspaceDir,
    filters: CONGRESS_FILTERS,
    properties: ['openFile' as const],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** The native "save as" picker for a new congress file, suggesting a name made from the title. */
export async function chooseCongressToCreate(
  parent: BrowserWindow | null,
  workspaceDir: string,
  congressName: string,
): Promise<string | null> {
  const options = {
    title: 'Tạo đại hội mới',
    buttonLabel: 'Tạo',
    defaultPath: join(workspaceDir, congressFileName(congressName)),
    filters: CONGRESS_FILTERS,
    properties: ['createDirectory' as const],
  };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  return result.filePath.endsWith(CONGRESS_EXTENSION) ? result.filePath : `${result.filePath}${CONGRESS_EXTENSION}`;
}
