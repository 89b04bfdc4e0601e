/**
 * One table says, for every command, what it is called, what it takes, what its help says and
 * which of its arguments are paths; the help, the check of the options and the path resolution all
 * read it, so they cannot drift apart.
 */
import type { Parsed } from './args';
import { congressPath, userPath } from './paths';
import { usageError } from './exit-codes';

type Values = Parsed['values'];

/**
 * How a positional is a path: a congress file the dispatcher opens, one only looked at (verify reads it
 * without opening it for writing), one to make, either (demo), any other file the user names.
 */
export type PathKind = 'congress' | 'inspect' | 'new' | 'either' | 'file';

export interface OptionHelp {
  /** Without the dashes: 'seats-approved'. */
  flag: keyof Values;
  /** What follows the flag in the help: 'N', '"…"', '<tệp>'. */
  value?: string;
  vi: string;
  en: string;
  /** A path typed by the user: made absolute from the folder they stand in. */
  path?: boolean;
}

export interface CommandSpec {
  /** The command words: 'ballot create'. */
  name: string;
  /** What follows the name on the usage line. */
  usage: string;
  vi: string;
  en: string;
  /** How many positionals (after the command words) it needs at least. */
  needs: number;
  /** The path kind of each positional, by position; the rest are not paths. */
  paths?: readonly (PathKind | null)[];
  /** Allowed words for a positional, by position (checked before anything is opened). */
  choices?: Readonly<Record<number, readonly string[]>>;
  options: readonly OptionHelp[];
  /** Further lines for its help (examples, formats), Vietnamese then English. */
  notes?: readonly string[];
}

export const JSON_OPTION: OptionHelp = { flag: 'json', vi: 'kết quả dạng JSON trên stdout', en: 'the result as JSON on stdout' };
export const SESSION_OPTION: OptionHelp = {
  flag: 'session',
  value: '<số>',
  vi: 'phiên họp (số trong `info`); mặc định phiên hiện tại',
  en: 'the session (its id in `info`); default the current one',
};

/** The spec a command line names: the longest run of command words that matches one. */
export function findSpec(specs: readonly CommandSpec[], positionals: readonly string[]): CommandSpec | undefined {
  let best: CommandSpec | undefined;
  for (const spec of specs) {
    const words = spec.name.split(' ');
    if (words.every((w, i) => positionals[i] === w) && (!best || words.length > best.name.split(' ').length)) best = spec;
  }
  return best;
}

export const wordCount = (spec: CommandSpec) => spec.name.split(' ').length;

/**
 * Checks the command line against its spec and turns its paths into absolute ones (README "Command
 * line"): returns the positionals after the command words and the congress file it names, if any.
 */
export function prepare(
  spec: CommandSpec,
  positionals: readonly string[],
  values: Values,
  given: readonly string[],
): { args: string[]; congressFile?: string; kind?: PathKind } {
  const allowed = new Set<string>(['help', 'lang', ...spec.options.map((o) => o.flag)]);
  const stray = given.filter((flag) => !allowed.has(flag));
  if (stray.length > 0) {
    const list = stray.map((f) => `--${f}`).join(', ');
    throw usageError(`Lệnh «${spec.name}» không nhận tùy chọn ${list}.`, `"${spec.name}" does not take ${list}.`, spec.name);
  }
  const args = positionals.slice(wordCount(spec));
  if (args.length < spec.needs) {
    throw usageError(
      `Thiếu tham số. Cách dùng: npm run cli -- ${spec.name} ${spec.usage}`,
      `Missing argument. Usage: npm run cli -- ${spec.name} ${spec.usage}`,
      spec.name,
    );
  }
  for (const [index, allowed] of Object.entries(spec.choices ?? {})) {
    const word = args[Number(index)];
    if (word !== undefined && !allowed.includes(word)) {
      throw usageError(
        `«${word}» không phải lựa chọn của «${spec.name}»; chọn: ${allowed.join(', ')}.`,
        `"${word}" is not one of: ${allowed.join(', ')}.`,
        spec.name,
      );
    }
  }
  let congressFile: string | undefined;
  let congressKind: PathKind | undefined;
  (spec.paths ?? []).forEach((kind, i) => {
    const typed = args[i];
    if (!kind || typed === undefined) return;
    args[i] = kind === 'file' ? userPath(typed) : congressPath(typed, kind === 'inspect' || kind === 'congress' ? 'existing' : kind);
    if (kind !== 'file') [congressFile, congressKind] = [args[i], kind];
  });
  for (const option of spec.options) {
    const typed = values[option.flag];
    if (option.path && typeof typed === 'string' && typed !== '') (values as Record<string, unknown>)[option.flag] = userPath(typed);
  }
  return { args, congressFile, kind: congressKind };
}
