/** Median and tail of a list of durations in milliseconds. */
export function summarize(samples: number[]): { median: number; p99: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { median: at(0.5), p99: at(0.99), max: s[s.length - 1] ?? 0 };
}

export const ms = (n: number) => `${n.toFixed(2)} ms`;

export function report(name: string, value: string, target?: string): void {
  process.stdout.write(`${name.padEnd(52)} ${value.padStart(24)}${target ? `   (target ${target})` : ''}\n`);
}
