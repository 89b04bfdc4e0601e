/**
 * Idempotent, attributed calls (main/engine/request-ledger.ts) on a real engine and congress file:
 * a command retried with its request id runs once and answers its first answer; after the engine
 * restarts on the same file the retry is still recognised; the ledger's rows are proven by the
 * audit like every other row; a device undoes only its own work.
 */
import { join } from 'node:path';
import { countAudit } from '../../../main/db/audit';
import { verifyCongressFile } from '../../../main/db/verify';
import { Engine } from '../../../main/engine/engine';
import { type Caller, type CommandEnvelope, localCaller, newRequestId } from '../../../shared/contract/envelope';
import { steppingClock, type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { step } from '../agenda/agenda-setup';
import { congressWith, names, settings } from '../ballots/ballot-setup';
import { errorText } from '../../helpers/error-text';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

const desk = (deviceId: string): Caller => ({ role: 'checkin-desk', deviceId, deviceName: `Bàn ${deviceId}` });
const station: Caller = { role: 'counting-station', deviceId: 'station-1', deviceName: 'Máy nhập phiếu 1' };
const db = () => t.engine.context().db;
const count = (sql: string, ...args: unknown[]) =>
  db()
    .prepare(sql)
    .pluck()
    .get(...args) as number;
const attendanceRows = () => count("SELECT count(*) FROM attendance WHERE state = 'present'");

async function openBallot(): Promise<number> {
  const { id } = await t.engine.call('ballots:create', settings());
  await t.engine.call('ballots:setCandidates', {
    id,
    candidates: names('Nguyễn Văn Bình', 'Trần Thị Anh', 'Lê Văn Ánh', 'Hoàng Thị Dung'),
  });
  await t.engine.call('ballots:open', { id });
  return id;
}

describe('a command retried with its request id', () => {
  it('checks in once: one row, one audit entry, the same answer', async () => {
    await congressWith(t, 3, 0);
    const envelope: CommandEnvelope = { requestId: newRequestId(), caller: desk('door-1') };
    const first = await t.engine.invoke('checkin:scan', { code: 'DB001' }, envelope);
    expect(first.ok).toBe(true);
    const events = t.events.length;
    const again = await t.engine.invoke('checkin:scan', { code: 'DB001' }, envelope);
    expect(again).toEqual(first); // not ALREADY_CHECKED_IN: the first answer
    expect(attendanceRows()).toBe(1);
    expect(countAudit(db(), 'checkin.scan')).toBe(1);
    expect(count('SELECT count(*) FROM command_requests')).toBe(1);
    expect(t.events.length).toBe(events); // and no event twice
    // a new request id is a new command: this one is refused as a second check-in
    const other = await t.engine.invoke('checkin:scan', { code: 'DB001' }, { ...envelope, requestId: newRequestId() });
    expect(other).toMatchObject({ ok: false, error: { code: 'ALREADY_CHECKED_IN' } });
  });

  it('enters a paper once, also when the retry arrives while the first is still running', async () => {
    await congressWith(t, 5, 5);
    const ballotId = await openBallot();
    const envelope: CommandEnvelope = { requestId: newRequestId(), caller: station };
    const paper = { ballotId, pass: 1, paper: 1, numbers: [2], invalid: null };
    const [a, b] = await Promise.all([
      t.engine.invoke('papers:record', paper, envelope),
      t.engine.invoke('papers:record', paper, envelope),
    ]);
    expect(a.ok).toBe(true);
    expect(b).toEqual(a);
    expect(await t.engine.invoke('papers:record', paper, envelope)).toEqual(a);
    expect(count('SELECT count(*) FROM paper_entries WHERE ballot_id = ?', ballotId)).toBe(1);
    expect(countAudit(db(), 'paper.record')).toBe(1);
  });

  it('is still recognised after the engine restarts on the same file, for a check-in and a paper', async () => {
    await congressWith(t, 5, 5);
    const ballotId = await openBallot();
    const scan: CommandEnvelope = { requestId: newRequestId(), caller: desk('door-1') };
    const mark: CommandEnvelope = { requestId: newRequestId(), caller: desk('door-1') };
    const record: CommandEnvelope = { requestId: newRequestId(), caller: station };
    const paper = { ballotId, pass: 1, paper: 1, numbers: [2], invalid: null };
    await t.engine.call('checkin:undo', { delegateId: 1 });
    await t.engine.call('checkin:undo', { delegateId: 2 });
    expect((await t.engine.invoke('checkin:scan', { code: 'DB001' }, scan)).ok).toBe(true);
    expect((await t.engine.invoke('checkin:mark', { delegateId: 2 }, mark)).ok).toBe(true);
    expect((await t.engine.invoke('papers:record', paper, record)).ok).toBe(true);
    const audit = countAudit(db());
    const path = t.engine.context().path;
    t.engine.close();

    const restarted = new Engine({
      workspaceDir: join(t.dir, 'workspace'),
      now: steppingClock(Date.UTC(2026, 11, 15, 9)),
      rememberRecent: false,
    });
    try {
      await restarted.call('congress:open', { path });
      const rdb = restarted.context().db;
      for (const [channel, input, envelope] of [
        ['checkin:scan', { code: 'DB001' }, scan],
        ['checkin:mark', { delegateId: 2 }, mark],
        ['papers:record', paper, record],
      ] as const) {
        const retry = await restarted.invoke(channel, input, envelope);
        expect(retry, channel).toMatchObject({
          ok: false,
          error: { code: 'ALREADY_DONE', details: { requestId: envelope.requestId, channel } },
        });
        if (!retry.ok) expect(errorText(retry.error)).toContain('đã được thực hiện');
      }
      expect(rdb.prepare("SELECT count(*) FROM attendance WHERE state = 'present'").pluck().get()).toBe(5);
      expect(rdb.prepare('SELECT count(*) FROM paper_entries').pluck().get()).toBe(1);
      expect(rdb.prepare('SELECT count(*) FROM audit').pluck().get()).toBe(audit); // nothing written by the retries
      // the ledger's rows are proven by the audit entries of their commands
      restarted.close();
      expect(verifyCongressFile(path)).toMatchObject({ verdict: 'ok', ok: true });
    } finally {
      restarted.close();
    }
  });

  it('refuses the same id for another command, another input or another device, and changes nothing', async () => {
    await congressWith(t, 3, 0);
    const requestId = newRequestId();
    await t.engine.call('checkin:scan', { code: 'DB001' }, { requestId, caller: desk('door-1') });
    for (const [channel, input, caller] of [
      ['checkin:scan', { code: 'DB002' }, desk('door-1')],
      ['checkin:mark', { delegateId: 2 }, desk('door-1')],
      ['checkin:scan', { code: 'DB001' }, desk('door-2')],
    ] as const) {
      const r = await t.engine.invoke(channel, input, { requestId, caller });
      expect(r, `${channel} ${caller.deviceId}`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      if (!r.ok) expect(errorText(r.error)).toContain('đã được dùng cho một lệnh khác');
    }
    expect(attendanceRows()).toBe(1);
  });

  it('refuses a malformed request id, and a remote device’s write without one', async () => {
    await congressWith(t, 3, 0);
    const bad = await t.engine.invoke('checkin:scan', { code: 'DB001' }, { requestId: 'not-a-uuid', caller: desk('door-1') });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const none = await t.engine.invoke('checkin:scan', { code: 'DB001' }, { caller: desk('door-1') });
    expect(none).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!none.ok) expect(errorText(none.error)).toContain('mã yêu cầu');
    expect(attendanceRows()).toBe(0);
    // reads need none; the local operator may still write without one (the CLI, scripts)
    expect((await t.engine.invoke('attendance:summary', {}, { caller: desk('door-1') })).ok).toBe(true);
    expect((await t.engine.invoke('checkin:scan', { code: 'DB001' }, { caller: localCaller('operator') })).ok).toBe(true);
  });

  it('refuses in the engine too what the caller’s role may not use', async () => {
    await congressWith(t, 3, 0);
    const r = await t.engine.invoke(
      'attendance:markAbsent',
      { delegateId: 1, reason: null },
      { requestId: newRequestId(), caller: desk('door-1') },
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { role: 'checkin-desk' } } });
    const path = await t.engine.invoke('backups:create', {}, { requestId: newRequestId(), caller: desk('door-1') });
    expect(path.ok).toBe(false);
    expect(count("SELECT count(*) FROM attendance WHERE state <> 'present'")).toBe(0);
  });

  it('writes one audit entry for a command that changed nothing, so verify still holds', async () => {
    await congressWith(t, 3, 0);
    const discussion = await t.engine.call('agenda:addStep', step('Thảo luận', { kind: 'discussion' }));
    const speaker = await t.engine.call('speakers:add', {
      stepId: discussion.id,
      name: 'Nguyễn Văn Nói',
      delegateId: null,
      organisation: '',
      topic: '',
    });
    const before = countAudit(db());
    // already waiting: nothing to change, but the request id is kept, and said in the audit
    const r = await t.engine.invoke('speakers:markSpoken', { id: speaker.id, spoken: false }, { requestId: newRequestId() });
    expect(r.ok).toBe(true);
    expect(countAudit(db()) - before).toBe(1);
    expect(countAudit(db(), 'request.unchanged')).toBe(1);
    const path = t.engine.context().path;
    t.engine.close();
    expect(verifyCongressFile(path)).toMatchObject({ verdict: 'ok' });
  });
});

describe('own work', () => {
  it('lets a desk undo a check-in it made, and not one made by another desk or the operator', async () => {
    await congressWith(t, 4, 0);
    const door1 = desk('door-1');
    const id = () => newRequestId();
    expect((await t.engine.invoke('checkin:scan', { code: 'db001' }, { requestId: id(), caller: door1 })).ok).toBe(true);
    expect((await t.engine.invoke('checkin:mark', { delegateId: 2 }, { requestId: id(), caller: desk('door-2') })).ok).toBe(true);
    expect((await t.engine.invoke('checkin:mark', { delegateId: 3 }, { requestId: id(), caller: localCaller('operator') })).ok).toBe(true);
    await t.engine.call('checkin:mark', { delegateId: 4 }); // the CLI: no request id, no record of who

    expect((await t.engine.invoke('checkin:undo', { delegateId: 1 }, { requestId: id(), caller: door1 })).ok).toBe(true);
    for (const delegateId of [2, 3, 4]) {
      const r = await t.engine.invoke('checkin:undo', { delegateId }, { requestId: id(), caller: door1 });
      expect(r, `delegate ${delegateId}`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      if (!r.ok) expect(errorText(r.error)).toContain('chỉ được hoàn tác việc do chính máy này ghi');
    }
    expect(
      count("SELECT group_concat(delegate_id) FROM (SELECT delegate_id FROM attendance WHERE state = 'present' ORDER BY delegate_id)"),
    ).toBe('2,3,4');
    // once the operator checks delegate 1 in again, it is no longer the desk's to undo
    await t.engine.invoke('checkin:mark', { delegateId: 1 }, { requestId: id(), caller: localCaller('operator') });
    expect((await t.engine.invoke('checkin:undo', { delegateId: 1 }, { requestId: id(), caller: door1 })).ok).toBe(false);
    // the operator undoes anything
    expect((await t.engine.invoke('checkin:undo', { delegateId: 2 }, { requestId: id(), caller: localCaller('operator') })).ok).toBe(true);
  });

  it('lets a counting station void only a paper it entered', async () => {
    await congressWith(t, 5, 5);
    const ballotId = await openBallot();
    const other: Caller = { ...station, deviceId: 'station-2', deviceName: 'Máy nhập phiếu 2' };
    const enter = (paper: number, caller: Caller) =>
      t.engine.invoke('papers:record', { ballotId, pass: 1, paper, numbers: [], invalid: null }, { requestId: newRequestId(), caller });
    const voidPaper = (paper: number, caller: Caller) =>
      t.engine.invoke('papers:void', { ballotId, pass: 1, paper, reason: 'Nhập nhầm' }, { requestId: newRequestId(), caller });
    expect((await enter(1, station)).ok).toBe(true);
    expect((await enter(2, other)).ok).toBe(true);
    expect((await voidPaper(2, station)).ok).toBe(false);
    expect((await voidPaper(1, station)).ok).toBe(true);
  });
});
