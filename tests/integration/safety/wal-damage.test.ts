import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { WalRecovery } from '../../../shared/contract/types';
import { congressWith } from '../ballots/ballot-setup';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { checkInThenKill, damageMiddleFrame, walFrames } from '../../helpers/wal-crash';
import { useEngineWorker } from '../../helpers/worker-process';

/**
 * SQLite's recovery stops at the first WAL frame whose checksum fails and drops every commit
 * after it; the first open would then checkpoint and delete the log. Here 60 check-ins are
 * acknowledged by a real engine in a child process killed with SIGKILL, one bit of its log is
 * flipped, and the file is opened again.
 */
let t: TempEngine;
let path: string;
const worker = useEngineWorker();
const codes = Array.from({ length: 70 }, (_, i) => `DB${String(i + 1).padStart(3, '0')}`);

beforeEach(async () => {
  t = tempEngine();
  await congressWith(t, 70, 0);
  await t.engine.call('congress:close', {}); // a copy on close: the roster, no check-in yet
  path = t.file('c.congress');
});
afterEach(() => t.dispose());

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const evidenceFolders = () => readdirSync(dirname(path)).filter((n) => n.startsWith('c (nhat ky hong '));

async function presentCodes(): Promise<Set<string>> {
  const byId = new Map((await t.engine.call('delegates:list', {})).map((d) => [d.id, d.code]));
  const present = (await t.engine.call('attendance:list', {})).filter((r) => r.state === 'present');
  return new Set(present.map((r) => byId.get(r.delegateId)!));
}

const lostCodes = (notice: WalRecovery) => notice.lostCommands.map((c) => /^Điểm danh (DB\d+) – /.exec(c.text)?.[1]);

describe('a write-ahead log damaged after a crash', () => {
  it('is kept aside byte for byte, the lost check-ins are named, and the latest copy is offered', async () => {
    const { acked, inFlight } = await checkInThenKill(worker(), t, path, codes, 60);
    expect(acked.length).toBeGreaterThanOrEqual(60);
    const frame = damageMiddleFrame(path);
    const before = { file: digest(path), wal: digest(`${path}-wal`) };

    const info = await t.engine.call('congress:open', { path });
    const notice = info.walRecovery!;
    expect(notice).toBeDefined();

    // The evidence: a new folder beside the file, the pair exactly as found.
    expect(evidenceFolders()).toEqual([notice.evidenceFolder.slice(dirname(path).length + 1)]);
    expect(digest(join(notice.evidenceFolder, 'c.congress'))).toBe(before.file);
    expect(digest(join(notice.evidenceFolder, 'c.congress-wal'))).toBe(before.wal);
    expect(existsSync(join(notice.evidenceFolder, 'phan-tich'))).toBe(false); // the working copy is gone

    // What SQLite kept, and what the notice says it could not.
    const present = await presentCodes();
    const lost = acked.filter((c) => !present.has(c));
    expect(lost.length).toBeGreaterThan(10);
    expect(notice).toMatchObject({ where: 'frame', lostTransactions: notice.lostCommandCount, forensicError: null });
    const named = lostCodes(notice);
    expect(named.every((c) => c !== undefined && !present.has(c))).toBe(true);
    expect(new Set(named)).toEqual(new Set([...lost, ...inFlight.filter((c) => named.includes(c))]));
    expect(notice.lostCommands[0]!.text).toBe(`Điểm danh ${lost[0]} – Đại Biểu Số ${Number(lost[0]!.slice(2))}`);
    expect(notice.lastKept?.action).toBe('checkin.scan');
    expect(notice.keptTransactions).toBe(present.size);
    expect(frame.index).toBeGreaterThan(1);

    // The copy to open instead, and every window told: the open's answer, the event, app:state.
    expect(notice.latestBackup).toMatchObject({ reason: 'close', usable: true });
    const changed = t.events.filter((e) => e.name === 'congress:changed').at(-1)!.payload as { congress: { walRecovery?: WalRecovery } };
    expect(changed.congress.walRecovery).toEqual(notice);
    expect((await t.engine.call('app:state', {})).congress?.walRecovery).toEqual(notice);

    // SQLite then recovered and the log was emptied: opening again is no new alarm.
    expect(statSync(`${path}-wal`).size).toBe(0);
    await t.engine.call('congress:close', {});
    expect((await t.engine.call('congress:open', { path })).walRecovery).toBeUndefined();
    expect(evidenceFolders()).toHaveLength(1);
  });

  it('a clean kill raises no alarm and keeps every acknowledged check-in', async () => {
    const { acked } = await checkInThenKill(worker(), t, path, codes, 60);
    expect(walFrames(readFileSync(`${path}-wal`)).length).toBeGreaterThan(60);
    const info = await t.engine.call('congress:open', { path });
    expect(info.walRecovery).toBeUndefined();
    expect(evidenceFolders()).toEqual([]);
    const present = await presentCodes();
    expect(acked.filter((c) => !present.has(c))).toEqual([]);
  });

  it('a torn tail (a transaction the crash cut short) raises no alarm', async () => {
    const { acked } = await checkInThenKill(worker(), t, path, codes, 60);
    const wal = readFileSync(`${path}-wal`);
    const last = walFrames(wal).at(-1)!;
    const frame = Buffer.from(wal.subarray(last.offset));
    frame.writeUInt32BE(0, 4); // not a commit: the transaction never finished
    frame.fill(0x5a, 24 + 100); // its page only half written
    writeFileSync(`${path}-wal`, Buffer.concat([wal, frame, frame.subarray(0, 700)]));
    const info = await t.engine.call('congress:open', { path });
    expect(info.walRecovery).toBeUndefined();
    expect(evidenceFolders()).toEqual([]);
    const present = await presentCodes();
    expect(acked.filter((c) => !present.has(c))).toEqual([]);
  });
});
