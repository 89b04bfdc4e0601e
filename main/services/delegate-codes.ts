/**
 * Codes for delegates whose roster row has none: "DB001", "DB002"… skipping codes already taken,
 * so the card printed later carries a code that is unique in the file.
 */
export function assignCodes(taken: ReadonlySet<string>, count: number, prefix = 'DB'): string[] {
  const width = Math.max(3, String(taken.size + count).length);
  const codes: string[] = [];
  for (let n = 1; codes.length < count; n++) {
    const code = `${prefix}${String(n).padStart(width, '0')}`;
    if (!taken.has(code)) codes.push(code);
  }
  return codes;
}
