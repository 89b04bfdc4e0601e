/**
 * Paths as the technician typed them: relative to the folder they typed the command in, and a
 * congress file found by the name they gave, with or without `.congress` (README "Command line").
 * Every path argument and option of the CLI, `npm run serve` and `npm start` goes through here.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve, sep } from 'node:path';
import { AppError } from '../../shared/contract/result';
import { assertNotHeld } from '../db/open-files';
import { CONGRESS_EXTENSION } from '../engine/workspace';
import { assertRegularFile } from '../files/fs-errors';

/**
 * The folder the user typed the command in. `npm run …` moves into the project's folder and leaves
 * the user's in INIT_CWD; that variable counts only while we still stand where npm put us, since a
 * process started by hand (or by a test) from elsewhere inherits a stale INIT_CWD from its parent.
 * `npm start` goes through a second `npm run`, which would overwrite INIT_CWD: it hands the user's
 * folder on in CONGRESS_DESK_CWD instead.
 */
export function invocationDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  if (env.CONGRESS_DESK_CWD && isAbsolute(env.CONGRESS_DESK_CWD)) return env.CONGRESS_DESK_CWD;
  const init = env.INIT_CWD;
  if (!init || !isAbsolute(init)) return cwd;
  const npmDir = env.npm_package_json ? dirname(env.npm_package_json) : null;
  return npmDir === null || resolve(npmDir) === resolve(cwd) ? init : cwd;
}

/**
 * An absolute path for what the user typed. A trailing slash is kept: `--out thu-muc/` names a
 * folder even before it exists.
 */
export function userPath(typed: string, base = invocationDir()): string {
  const absolute = resolve(base, typed);
  return /[/\\]$/.test(typed) && !absolute.endsWith(sep) ? `${absolute}${sep}` : absolute;
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/**
 * The congress file a name stands for. For a new file: the name with `.congress` added when it is
 * missing (the engine adds it too, so the name made is the name printed). For an existing one: the
 * name as typed when that file exists, else the name with `.congress`; so `new hoabinh.daihoi`
 * and then `info hoabinh.daihoi` reach the same file. `demo` takes either: an existing file, or
 * the new name.
 */
export function congressPath(typed: string, mode: 'existing' | 'new' | 'either', base = invocationDir()): string {
  const exact = userPath(typed, base);
  const withExtension = exact.endsWith(CONGRESS_EXTENSION) ? exact : `${exact}${CONGRESS_EXTENSION}`;
  if (mode === 'new') return withExtension;
  if (isFile(exact)) return exact;
  if (isFile(withExtension) || mode === 'either') return withExtension;
  for (const p of [exact, withExtension]) if (existsSync(p)) assertRegularFile(p); // a folder or a FIFO is there: say so
  if (withExtension === exact) throw AppError.of('FILE_NOT_FOUND', 'file.notFound', { path: exact });
  throw AppError.of('FILE_NOT_FOUND', 'file.notFoundEither', { path: exact, withExtension });
}

/** The size of a file the user named (roster, candidate list, papers, template), or a clear refusal. */
export function userFileSize(path: string): number {
  if (!isFile(path)) {
    throw AppError.of('FILE_NOT_FOUND', existsSync(path) ? 'file.isFolder' : 'file.notFound', { path });
  }
  return statSync(path).size;
}

/** Such a file read whole; never the congress file held open (reading it would drop its lock: db/open-files.ts). */
export function readUserFile(path: string): Buffer {
  userFileSize(path);
  assertNotHeld(path);
  return readFileSync(path);
}
