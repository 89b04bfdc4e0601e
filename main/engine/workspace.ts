import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { foldForSearch } from '../../shared/domain/vietnamese-text';

export const CONGRESS_EXTENSION = '.congress';

export interface RecentFile {
  path: string;
  name: string;
  openedAt: string;
}

/** Where new congress files, the demo and the recent list live unless the user picks elsewhere. */
export function defaultWorkspaceDir(): string {
  return process.env.CONGRESS_DESK_HOME ?? join(homedir(), 'CongressDesk');
}

/** "Đại hội MTTQ phường Hòa Bình" → "dai-hoi-mttq-phuong-hoa-binh.congress" */
export function congressFileName(name: string): string {
  const slug =
    foldForSearch(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'dai-hoi';
  return `${slug}${CONGRESS_EXTENSION}`;
}

export class Workspace {
  constructor(readonly dir: string) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      // A workspace that cannot be made (read-only home, full disk) must not stop the app from
      // starting: files elsewhere still open, and creating one here says why it cannot.
      console.warn(`[workspace] could not create ${dir}:`, (error as Error).message);
    }
  }

  private get recentPath(): string {
    return join(this.dir, 'recent.json');
  }

  resolveNewFile(name: string, path?: string): string {
    if (path) return resolve(path.endsWith(CONGRESS_EXTENSION) ? path : `${path}${CONGRESS_EXTENSION}`);
    return join(this.dir, congressFileName(name));
  }

  get demoPath(): string {
    return join(this.dir, `demo${CONGRESS_EXTENSION}`);
  }

  recent(): RecentFile[] {
    if (!existsSync(this.recentPath)) return [];
    try {
      const list = JSON.parse(readFileSync(this.recentPath, 'utf8')) as RecentFile[];
      return Array.isArray(list) ? list.filter((f) => typeof f.path === 'string') : [];
    } catch {
      return []; // a damaged recent list is not worth refusing to start over
    }
  }

  /**
   * Puts a file at the head of the recent list. Never throws: the list is a convenience, and an open
   * that has succeeded must not be reported as failed because the workspace's disk is full or
   * read-only (the congress would be open while the window says it is not). False when not saved.
   */
  remember(path: string, name: string, at: string): boolean {
    const list = [{ path, name: name || basename(path), openedAt: at }, ...this.recent().filter((f) => f.path !== path)];
    const tmp = `${this.recentPath}.tmp`;
    try {
      writeFileSync(tmp, JSON.stringify(list.slice(0, 10), null, 2));
      renameSync(tmp, this.recentPath); // atomic: a crash never leaves half a list
      return true;
    } catch (error) {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // a read-only disk: nothing was written there either
      }
      console.warn(`[workspace] could not update the recent list ${this.recentPath}:`, (error as Error).message);
      return false;
    }
  }

  /** The congress used last, whether or not it is still there: start-up says why it cannot reopen it. */
  last(): RecentFile | undefined {
    return this.recent()[0];
  }
}
