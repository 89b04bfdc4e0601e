/**
 * What the operator types for one paper: candidate numbers separated by spaces, commas, "+" (the
 * numeric keypad's big key) or dots. Parsed on every keystroke, so it stays a single linear pass.
 */
export interface TypedNumbers {
  numbers: number[];
  /** Tokens that are not a number on this list (typos): warned about at once, never saved. */
  unknown: string[];
  /** Numbers typed twice: harmless, but the operator may have meant another one. */
  repeated: number[];
}

const SEPARATORS = /[\s,+.;]+/;

export function parseTypedNumbers(text: string, known: ReadonlySet<number>): TypedNumbers {
  const numbers: number[] = [];
  const unknown: string[] = [];
  const repeated: number[] = [];
  const seen = new Set<number>();
  for (const token of text.split(SEPARATORS)) {
    if (!token) continue;
    const n = /^\d+$/.test(token) ? Number(token) : NaN;
    if (!known.has(n)) unknown.push(token);
    else if (seen.has(n)) repeated.push(n);
    else {
      seen.add(n);
      numbers.push(n);
    }
  }
  return { numbers, unknown, repeated };
}

/** The numbers as the operator would type them back, for editing an earlier paper. */
export function formatTyped(numbers: readonly number[]): string {
  return [...numbers].sort((a, b) => a - b).join(' ');
}
