// A congress file as a crash leaves it: check-ins acknowledged by a real engine in a child process
// killed with SIGKILL, its write-ahead log still beside it; and one bit of that log flipped.
import { closeSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import type { TempEngine } from './temp-engine';
import { runWorkerUntilKilled } from './worker-process';

const WAL_HEADER = 32;
const FRAME_HEADER = 24;

export interface WalFrameInfo {
  /** 1-based, as SQLite numbers them. */
  index: number;
  offset: number;
  page: number;
  commit: boolean;
}

/** The frames of the log's current generation (the header's salts), read straight from the bytes. */
export function walFrames(wal: Buffer): WalFrameInfo[] {
  const pageSize = wal.readUInt32BE(8);
  const salts = [wal.readUInt32BE(16), wal.readUInt32BE(20)];
  const frames: WalFrameInfo[] = [];
  for (let offset = WAL_HEADER; offset + FRAME_HEADER + pageSize <= wal.length; offset += FRAME_HEADER + pageSize) {
    if (wal.readUInt32BE(offset + 8) !== salts[0] || wal.readUInt32BE(offset + 12) !== salts[1]) break;
    frames.push({ index: frames.length + 1, offset, page: wal.readUInt32BE(offset), commit: wal.readUInt32BE(offset + 4) !== 0 });
  }
  return frames;
}

/**
 * Check-ins of `codes` by the engine in a child process on `file`, SIGKILLed once `killAfter` are
 * acknowledged; returns the codes acknowledged and the one that may have been in flight.
 */
export async function checkInThenKill(worker: string, t: TempEngine, file: string, codes: string[], killAfter: number) {
  const commands = codes.map((code) => ({ channel: 'checkin:scan', input: { code } }));
  const run = await runWorkerUntilKilled(worker, file, t.file('ws-child'), commands, killAfter);
  if (run.failures.length > 0) throw new Error(run.failures.join('\n'));
  if (!run.killed) throw new Error('the worker finished before it was killed');
  const acked = run.acked.map((i) => codes[i]!);
  return { acked, inFlight: codes.slice(acked.length, acked.length + 1) };
}

/**
 * A frame about a third of the way in, holding a page that later frames write again: its one
 * flipped bit then only breaks the log's checksum chain, and what came after is still readable.
 */
export function middleFrame(wal: Buffer): WalFrameInfo {
  const frames = walFrames(wal);
  const later = (f: WalFrameInfo) => frames.some((g) => g.index > f.index + 2 && g.page === f.page);
  const found = frames.slice(Math.floor(frames.length / 3)).find((f) => !f.commit && later(f));
  if (!found) throw new Error(`no middle frame to damage among ${frames.length}`);
  return found;
}

/** Flips one bit of a file in place (a bad sector, a cosmic ray). */
export function flipBit(file: string, offset: number, bit = 0): void {
  const fd = openSync(file, 'r+');
  const byte = Buffer.alloc(1);
  readSync(fd, byte, 0, 1, offset);
  byte[0]! ^= 1 << bit;
  writeSync(fd, byte, 0, 1, offset);
  closeSync(fd);
}

/** Flips a bit inside the page of a middle frame of `file`'s log; returns that frame. */
export function damageMiddleFrame(file: string): WalFrameInfo {
  const frame = middleFrame(readFileSync(`${file}-wal`));
  flipBit(`${file}-wal`, frame.offset + FRAME_HEADER + 1500, 2);
  return frame;
}
