/**
 * No import cycles in main/, shared/ and renderer/, type-only imports included: a cycle means two
 * files are really one, or a shape belongs in a file of its own. import-x/no-cycle would do this in
 * the linter at the price of resolving every import on every lint; a walk over the sources here
 * costs well under a second.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const SOURCES = ['main', 'shared', 'renderer'];
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/**
 * Cycles known today, outside this change's files: each is listed whole (its files, sorted), so a new
 * file joining one, or any new cycle, fails. Delete an entry when its cycle is taken apart.
 */
const BEING_UNDONE: string[][] = [
  ['shared/contract/backup-channels.ts', 'shared/contract/schemas.ts', 'shared/contract/wal-recovery.ts'],
  [
    'main/db/audit-replay.ts',
    'main/db/audit.ts',
    'main/db/change-capture.ts',
    'main/db/connection.ts',
    'main/db/file-checks.ts',
    'main/db/migrate.ts',
    'main/db/wal-loss.ts',
  ],
  // The agenda, ballot and vote handlers take the Handlers type from handlers.ts, which spreads them.
  ['main/engine/agenda-handlers.ts', 'main/engine/ballot-handlers.ts', 'main/engine/handlers.ts', 'main/engine/vote-handlers.ts'],
  // backup-handlers.ts, export-handlers.ts and main/backup/restore.ts take the whole Engine.
  ['main/backup/restore.ts', 'main/engine/backup-handlers.ts', 'main/engine/engine.ts', 'main/engine/export-handlers.ts'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

export function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of SOURCES.flatMap((s) => sourceFiles(join(ROOT, s)))) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)].map((m) => resolveImport(file, m[1] ?? m[2]!)).filter((t): t is string => t !== null);
    graph.set(relative(ROOT, file), [...new Set(targets.map((t) => relative(ROOT, t)))]);
  }
  return graph;
}

/** Tarjan's strongly connected components of more than one file (or a file importing itself). */
export function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('import cycles', () => {
  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('there are none in main/, shared/ or renderer/ but those being undone', () => {
    const known = new Set(BEING_UNDONE.map((c) => c.join(' ')));
    expect(cycles(importGraph()).filter((c) => !known.has(c.join(' ')))).toEqual([]);
  });
});
