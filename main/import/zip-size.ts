/**
 * What a zip archive says it unpacks to, read from its central directory without unpacking
 * anything; null when the directory does not parse (a damaged or cut-off file). A ZIP64 entry
 * counts as 4 GB: a roster never needs ZIP64.
 */
const END_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;

function endOfDirectory(buf: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === END_SIGNATURE) return i;
  return -1;
}

export function unpackedZipSize(bytes: Uint8Array): number | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = buf.length >= 22 ? endOfDirectory(buf) : -1;
  if (end < 0) return null;
  const entries = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== ENTRY_SIGNATURE) return null;
    const size = buf.readUInt32LE(at + 24);
    if (size === 0xffffffff) return 2 ** 32; // ZIP64
    total += size;
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return total;
}
