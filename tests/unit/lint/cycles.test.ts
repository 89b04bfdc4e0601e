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

/** The graph of renderer/features/<feature> folders: an arrow where a file of one imports a file of another. */
export function featureGraph(graph: Map<string, string[]>): Map<string, string[]> {
  const feature = (file: string) => /^renderer\/features\/([^/]+)\//.exec(file.split('\\').join('/'))?.[1];
  const folders = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = feature(file);
    if (!from) continue;
    const to = folders.get(from) ?? new Set<string>();
    for (const target of targets) {
      const other = feature(target);
      if (other && other !== from) to.add(other);
    }
    folders.set(from, to);
  }
  return new Map([...folders].map(([f, to]) => [f, [...to]]));
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

  it('there are none in main/, shared/ or renderer/', () => {
    expect(cycles(importGraph())).toEqual([]);
  });

  it('none between the renderer’s feature folders either: what two features share lives in common/', () => {
    expect(cycles(featureGraph(importGraph()))).toEqual([]);
  });
});
