// Child process for the interrupted-copy tests: the real engine making a copy of a congress, stopped
// at a known point so the parent can SIGKILL it exactly there (as a power cut would).
//   copy-crash-worker backup  <congress> <workspace>
//   copy-crash-worker archive <congress> <workspace> <out folder>
//   copy-crash-worker restore <congress> <workspace> <backup file> <step>
// It writes `at <point>` on stdout once the point is reached (a synchronous write, so the line is in
// the pipe before the next instruction), then blocks until killed.
import { readdirSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { primaryFolder } from '../../main/backup/backup-files';
import { type RestoreStep, restoreBackup } from '../../main/backup/restore';
import { Engine } from '../../main/engine/engine';
import { defaultExportDir } from '../../main/export/output';

const [mode, congress, workspace, extra, step] = process.argv.slice(2) as [string, string, string, string?, string?];

/** Blocks this process (timers, I/O and all) until the parent kills it; a minute at most. */
function standStill(at: string): void {
  writeSync(1, `at ${at}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}

/** A temporary copy with something in it already, in `folder` (the copy is under way, not done). */
function halfMade(folder: string): string | null {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return null;
  }
  for (const name of names.filter((n) => n.includes('.partial'))) {
    const path = join(folder, name);
    const file = statSync(path).isDirectory() ? join(path, `${congressStem()}.congress`) : path;
    if ((statSync(file, { throwIfNoEntry: false })?.size ?? 0) > 0) return name;
  }
  return null;
}

function congressStem(): string {
  return congress.slice(congress.lastIndexOf('/') + 1).replace(/\.congress$/, '');
}

/** Looks after every turn of the event loop, while SQLite's backup copies page by page. */
function whenHalfMade(folder: string, then: (name: string) => void): void {
  const look = () => {
    const name = halfMade(folder);
    if (name) then(name);
    else setImmediate(look);
  };
  setImmediate(look);
}

const engine = new Engine({ workspaceDir: workspace, rememberRecent: true });
engine.open(congress);

if (mode === 'backup') {
  void engine.backups.snapshot('manual');
  whenHalfMade(primaryFolder(congress), (name) => standStill(`copying ${name}`));
} else if (mode === 'archive') {
  // '-': the archive goes to the congress's own documents folder
  void engine.invoke('exports:run', { what: 'archive', format: 'folder', ...(extra === '-' ? {} : { out: extra }) });
  whenHalfMade(extra === '-' ? defaultExportDir({ path: congress }) : extra!, (name) => standStill(`archiving ${name}`));
} else if (mode === 'restore') {
  restoreBackup(engine, extra!, (at: RestoreStep) => {
    if (at === step) standStill(at);
  });
  writeSync(1, 'at done\n');
  engine.close();
}
