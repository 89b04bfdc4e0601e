/**
 * Reads a write-ahead log the way SQLite's recovery does (https://www.sqlite.org/fileformat2.html#walformat),
 * to tell a log that only lost its unfinished tail, as every crash leaves it, from a damaged one:
 * recovery stops at the first frame whose checksum fails and drops, without a word, every
 * transaction committed after it; a damaged header makes it ignore the whole log.
 *
 * Layout: a 32-byte header (magic 0x377f0682 or 0x377f0683, format version 3007000, page size,
 * checkpoint sequence, salt-1, salt-2, checksum of the first 24 bytes), then frames of a 24-byte
 * header (page number, database size in pages for the commit frame of a transaction or 0, the
 * two salts, the cumulative checksum) and one page. Every integer is big-endian; the checksums
 * read the bytes as big-endian words when the magic's low bit is 1, little-endian otherwise.
 */

export const WAL_HEADER_BYTES = 32;
export const FRAME_HEADER_BYTES = 24;
const MAGIC = 0x377f0682;
const FORMAT_VERSION = 3007000;

type Sum = readonly [number, number];

export interface WalDamage {
  /** `header`: the header fails its checks, so SQLite reads no frame at all. */
  where: 'header' | 'frame';
  /** 1-based: the frame SQLite's recovery stops at. */
  firstBadFrame: number;
  /** Committed transactions (commit frames) from the first bad frame on: SQLite drops them all. */
  lostTransactions: number;
  /** The last of those commit frames. */
  lastLostFrame: number;
}

export interface WalReport {
  pageSize: number;
  /** Whole frames in the file (a frame cut short at the end is not one). */
  frames: number;
  /** Transactions SQLite recovers from this log. */
  keptTransactions: number;
  damage: WalDamage | null;
}

interface Frame {
  offset: number;
  page: number;
  commitSize: number;
  salts: Sum;
  stored: Sum;
}

/** SQLite's WAL checksum over whole 8-byte groups of `buf[start, end)`, continuing from `seed`. */
export function walChecksum(buf: Buffer, start: number, end: number, bigEndian: boolean, seed: Sum = [0, 0]): Sum {
  let s0 = seed[0];
  let s1 = seed[1];
  for (let i = start; i < end; i += 8) {
    const x0 = bigEndian ? buf.readUInt32BE(i) : buf.readUInt32LE(i);
    const x1 = bigEndian ? buf.readUInt32BE(i + 4) : buf.readUInt32LE(i + 4);
    s0 = (s0 + x0 + s1) >>> 0;
    s1 = (s1 + x1 + s0) >>> 0;
  }
  return [s0, s1];
}

const validPageSize = (n: number) => n >= 512 && n <= 65536 && (n & (n - 1)) === 0;
const same = (a: Sum, b: Sum) => a[0] === b[0] && a[1] === b[1];

interface Parsed {
  pageSize: number;
  bigEndian: boolean;
  headerValid: boolean;
  headerSum: Sum;
  /** The salts of this log's generation: the header's, or the first frame's when a bit of the header's flipped. */
  salts: Sum;
  frames: Frame[];
}

function parse(wal: Buffer, fallbackPageSize: number | null): Parsed | null {
  if (wal.length <= WAL_HEADER_BYTES) return null; // SQLite reads nothing from such a log
  const magic = wal.readUInt32BE(0);
  const sizeField = wal.readUInt32BE(8);
  const pageSize = validPageSize(sizeField) ? sizeField : fallbackPageSize;
  if (pageSize === null || !validPageSize(pageSize)) return null;
  const bigEndian = (magic & 1) === 1;
  const headerSum = walChecksum(wal, 0, 24, bigEndian);
  const headerSalts: Sum = [wal.readUInt32BE(16), wal.readUInt32BE(20)];
  const headerValid =
    (magic & ~1) >>> 0 === MAGIC &&
    validPageSize(sizeField) &&
    same(headerSum, [wal.readUInt32BE(24), wal.readUInt32BE(28)]) &&
    wal.readUInt32BE(4) === FORMAT_VERSION;
  const frameBytes = FRAME_HEADER_BYTES + pageSize;
  const frames: Frame[] = [];
  for (let offset = WAL_HEADER_BYTES; offset + frameBytes <= wal.length; offset += frameBytes) {
    frames.push({
      offset,
      page: wal.readUInt32BE(offset),
      commitSize: wal.readUInt32BE(offset + 4),
      salts: [wal.readUInt32BE(offset + 8), wal.readUInt32BE(offset + 12)],
      stored: [wal.readUInt32BE(offset + 16), wal.readUInt32BE(offset + 20)],
    });
  }
  let salts = headerSalts;
  const first = frames[0];
  // One flipped bit changes one salt; a new generation changes both (salt-1 + 1, salt-2 random).
  if (
    !headerValid &&
    first &&
    !same(first.salts, headerSalts) &&
    (first.salts[0] === headerSalts[0] || first.salts[1] === headerSalts[1])
  ) {
    salts = first.salts;
  }
  return { pageSize, bigEndian, headerValid, headerSum, salts, frames };
}

/** Continues the checksum over one frame: its first 8 header bytes, then its page. */
function frameSum(wal: Buffer, f: Frame, pageSize: number, bigEndian: boolean, seed: Sum): Sum {
  const afterHeader = walChecksum(wal, f.offset, f.offset + 8, bigEndian, seed);
  return walChecksum(wal, f.offset + FRAME_HEADER_BYTES, f.offset + FRAME_HEADER_BYTES + pageSize, bigEndian, afterHeader);
}

/** The last commit frame of this generation at or after `from` (0-based), or -1. */
function lastCommitFrom(p: Parsed, from: number): number {
  for (let i = p.frames.length - 1; i >= from; i--) {
    const f = p.frames[i]!;
    if (f.commitSize !== 0 && same(f.salts, p.salts)) return i;
  }
  return -1;
}

/**
 * What SQLite will make of this log, and whether that loses committed work. Not damage: a torn
 * tail (frames after the last commit, no later commit: a transaction the crash interrupted, never
 * acknowledged) and leftovers of an older generation (other salts: already in the database file).
 * `fallbackPageSize` (the database header's) frames the log when the header's own field is damaged.
 */
export function inspectWal(wal: Buffer, fallbackPageSize: number | null = null): WalReport {
  const p = parse(wal, fallbackPageSize);
  if (!p) return { pageSize: fallbackPageSize ?? 0, frames: 0, keptTransactions: 0, damage: null };
  const report = (keptTransactions: number, damage: WalDamage | null): WalReport => ({
    pageSize: p.pageSize,
    frames: p.frames.length,
    keptTransactions,
    damage,
  });

  if (!p.headerValid) {
    // SQLite ignores every frame: what is lost is each commit of the generation the header began.
    const last = lastCommitFrom(p, 0);
    if (last < 0) return report(0, null);
    const lost = p.frames.slice(0, last + 1).filter((f) => f.commitSize !== 0).length;
    return report(0, { where: 'header', firstBadFrame: 1, lostTransactions: lost, lastLostFrame: last + 1 });
  }

  let sum = p.headerSum;
  let kept = 0;
  for (const [i, f] of p.frames.entries()) {
    const valid = f.page !== 0 && same(f.salts, p.salts);
    const next = valid ? frameSum(wal, f, p.pageSize, p.bigEndian, sum) : null;
    if (!next || !same(next, f.stored)) {
      const last = lastCommitFrom(p, i);
      if (last < 0) return report(kept, null);
      const lost = p.frames.slice(i, last + 1).filter((g) => g.commitSize !== 0).length;
      return report(kept, { where: 'frame', firstBadFrame: i + 1, lostTransactions: lost, lastLostFrame: last + 1 });
    }
    sum = next;
    if (f.commitSize !== 0) kept++;
  }
  return report(kept, null);
}

/**
 * A copy of a damaged log that SQLite will read to its last commit: the header made valid again,
 * each frame of the generation given its salts and its checksum recomputed over the bytes as they
 * are. Only for a forensic copy: a page whose bit flipped reads back with that bit flipped.
 */
export function walWithChecksumsRecomputed(wal: Buffer, fallbackPageSize: number | null = null): Buffer {
  const p = parse(wal, fallbackPageSize);
  const out = Buffer.from(wal);
  if (!p) return out;
  out.writeUInt32BE(p.bigEndian ? MAGIC | 1 : MAGIC, 0);
  out.writeUInt32BE(FORMAT_VERSION, 4);
  out.writeUInt32BE(p.pageSize, 8);
  out.writeUInt32BE(p.salts[0], 16);
  out.writeUInt32BE(p.salts[1], 20);
  let sum = walChecksum(out, 0, 24, p.bigEndian);
  out.writeUInt32BE(sum[0], 24);
  out.writeUInt32BE(sum[1], 28);
  const last = lastCommitFrom(p, 0);
  for (const f of p.frames.slice(0, last + 1)) {
    out.writeUInt32BE(p.salts[0], f.offset + 8);
    out.writeUInt32BE(p.salts[1], f.offset + 12);
    sum = frameSum(out, f, p.pageSize, p.bigEndian, sum);
    out.writeUInt32BE(sum[0], f.offset + 16);
    out.writeUInt32BE(sum[1], f.offset + 20);
  }
  return out;
}
