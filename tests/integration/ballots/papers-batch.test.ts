/**
 * `papers:recordMany`: many papers in one transaction, all or nothing, each checked as a single save;
 * idempotent under its request id; every paper says where it came from and on which device.
 */
import { randomUUID } from 'node:crypto';
import type { Caller } from '../../../shared/contract/envelope';
import { localCaller } from '../../../shared/contract/envelope';
import { congressWith, names, settings } from './ballot-setup';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';

let t: TempEngine;
let ballotId: number;
beforeEach(async () => {
  t = tempEngine();
  await congressWith(t, 6, 4);
  const b = await t.engine.call('ballots:create', settings({ seats: 2, seatsApproved: 2 }));
  await t.engine.call('ballots:setCandidates', { id: b.id, candidates: names('Lê Văn An', 'Trần Thị Bình', 'Phạm Văn Cường') });
  await t.engine.call('ballots:open', { id: b.id });
  ballotId = b.id;
});
afterEach(() => t.dispose());

const db = () => t.engine.context().db;
const head = () => db().prepare('SELECT hash FROM audit ORDER BY id DESC LIMIT 1').pluck().get();
const stored = () =>
  db().prepare('SELECT pass, paper, struck, source, device FROM paper_entries WHERE ballot_id = ? ORDER BY paper').all(ballotId);
const station: Caller = { role: 'counting-station', deviceId: 'station-3', deviceName: 'Bàn kiểm phiếu 3' };

describe('papers:recordMany', () => {
  it('one bad paper refuses the whole batch, naming its row, paper and reason; nothing is saved', async () => {
    await t.engine.call('papers:record', { ballotId, pass: 1, paper: 4, numbers: [2], invalid: null });
    const before = head();
    const events: string[] = [];
    t.engine.on((name) => events.push(name));
    const r = await t.engine.invoke('papers:recordMany', {
      ballotId,
      pass: 1,
      papers: [
        { paper: 1, numbers: [1], invalid: null },
        { paper: 2, numbers: [9], invalid: null },
        { paper: 3, numbers: [], invalid: null },
        { paper: 1, numbers: [2], invalid: null },
        { paper: 4, numbers: [3], invalid: null },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_INPUT');
    const errors = (r.error.details as { errors: { row: number; paper: number; code: string }[] }).errors;
    expect(errors.map((e) => [e.row, e.paper, e.code])).toEqual([
      [2, 2, 'UNKNOWN_CANDIDATE_NUMBER'],
      [4, 1, 'PAPER_EXISTS'],
      [5, 4, 'PAPER_EXISTS'],
    ]);
    expect(stored()).toHaveLength(1);
    expect(head()).toBe(before);
    expect(events).toEqual([]);
  });

  it('a good batch is saved whole with one event, its papers marked with the source and the device', async () => {
    const events: string[] = [];
    t.engine.on((name) => events.push(name));
    const r = await t.engine.invoke(
      'papers:recordMany',
      { ballotId, pass: 1, source: 'scan', papers: [1, 2, 3].map((paper) => ({ paper, numbers: [paper], invalid: null })) },
      { caller: localCaller('operator', 'electron') },
    );
    expect(r).toEqual({ ok: true, value: { recorded: 3 } });
    expect(stored()).toEqual([1, 2, 3].map((paper) => ({ pass: 1, paper, struck: String(paper), source: 'scan', device: 'electron' })));
    expect(events.filter((e) => e === 'ballots:changed')).toHaveLength(1);
  });

  it('a single save records keyboard and the device by default', async () => {
    await t.engine.invoke(
      'papers:record',
      { ballotId, pass: 1, paper: 1, numbers: [1], invalid: null },
      { caller: localCaller('operator', 'browser-host') },
    );
    expect(stored()).toEqual([{ pass: 1, paper: 1, struck: '1', source: 'keyboard', device: 'browser-host' }]);
  });

  it('retried with the same request id, a counting station’s batch applies once', async () => {
    const requestId = randomUUID();
    const input = {
      ballotId,
      pass: 1,
      papers: [
        { paper: 1, numbers: [1], invalid: null },
        { paper: 2, numbers: [], invalid: null },
      ],
    };
    const first = await t.engine.invoke('papers:recordMany', input, { requestId, caller: station });
    expect(first).toEqual({ ok: true, value: { recorded: 2 } });
    const audit = head();
    const again = await t.engine.invoke('papers:recordMany', input, { requestId, caller: station });
    expect(again).toEqual(first);
    expect(head()).toBe(audit);
    expect(stored()).toHaveLength(2);
    expect(stored()[0]).toMatchObject({ source: 'file', device: 'station-3' });
    // the file knows the id too, in the batch's own transaction: a retry after a restart is recognised
    expect(db().prepare('SELECT channel, role, device_id FROM command_requests WHERE request_id = ?').all(requestId)).toEqual([
      { channel: 'papers:recordMany', role: 'counting-station', device_id: 'station-3' },
    ]);
  });

  it('a display may not send it', async () => {
    const r = await t.engine.invoke(
      'papers:recordMany',
      { ballotId, pass: 1, papers: [{ paper: 1, numbers: [], invalid: null }] },
      {
        requestId: randomUUID(),
        caller: { role: 'display', deviceId: 'd1', deviceName: 'Màn hình phụ' },
      },
    );
    expect(!r.ok && r.error.code).toBe('INVALID_INPUT');
    expect(stored()).toHaveLength(0);
  });
});
