/**
 * A counting station's assignment is enforced by the engine (docs/hall-network.md §3,
 * main/engine/station-assignment.ts): over real TLS, a station assigned ballot B pass 2 (papers
 * 1–50) has its papers of that pass accepted and every other ballot, pass or paper number refused
 * by key, with nothing written; the operator still enters any pass.
 */
import type { HallDevice, NetworkState, StationAssignment } from '../../../shared/contract/network-schemas';
import { names, settings } from '../ballots/ballot-setup';
import { closeHall, type Hall, openHall } from './hall-setup';

let hall: Hall;
let ballotId: number;
let otherId: number;
beforeEach(async () => {
  hall = await openHall();
  const engine = hall.t.engine;
  for (const [title, keep] of [
    ['Bầu Ban Thường trực', true],
    ['Bầu Ban Kiểm tra', false],
  ] as const) {
    const { id } = await engine.call('ballots:create', settings({ title, passes: 2, seats: 2, seatsApproved: 2 }));
    await engine.call('ballots:setCandidates', { id, candidates: names('Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường') });
    await engine.call('ballots:open', { id });
    if (keep) ballotId = id;
    else otherId = id;
  }
});
afterEach(async () => {
  await closeHall(hall);
});

/** Pairs a counting station through the gateway, approved by the operator with `assignment`. */
async function pairStation(state: NetworkState, assignment: StationAssignment | undefined) {
  const pairing = await hall.op<{ code: string }>('network:pairing');
  const client = hall.client(state);
  const asked = (await client.pair(pairing.value.code, 'Máy nhập phiếu 2')).body.value as { requestId: string; claim: string };
  const approved = await hall.op<HallDevice>('network:approve', {
    requestId: asked.requestId,
    role: 'counting-station',
    ...(assignment ? { assignment } : {}),
  });
  if (!approved.ok) throw new Error(JSON.stringify(approved.error));
  const { credential } = (await client.status(asked.requestId, asked.claim)).body.value as { credential: string };
  const paper = (input: Record<string, unknown>, channel = 'papers:record') => client.call(credential, channel, input);
  return { paper, device: approved.value };
}

const papersIn = (id: number, pass: number) =>
  hall.t.engine.context().db.prepare('SELECT count(*) FROM paper_entries WHERE ballot_id = ? AND pass = ?').pluck().get(id, pass);

describe('a counting station enters only what it was assigned', () => {
  it('accepts its pass of its ballot and refuses another pass or ballot by key, writing nothing', async () => {
    const state = await hall.start();
    const { paper } = await pairStation(state, { ballotId, pass: 2 });
    const ok = await paper({ ballotId, pass: 2, paper: 1, numbers: [1], invalid: null });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ ok: true, value: { entry: { paper: 1 } } });

    const otherPass = await paper({ ballotId, pass: 1, paper: 1, numbers: [1], invalid: null });
    expect(otherPass.body).toMatchObject({
      ok: false,
      error: { code: 'ACCESS_DENIED', key: 'station.notAssigned', params: { ballotId, pass: 2, askedBallot: ballotId, askedPass: 1 } },
    });
    const otherBallot = await paper({ ballotId: otherId, pass: 2, paper: 1, numbers: [1], invalid: null });
    expect(otherBallot.body.error).toMatchObject({ code: 'ACCESS_DENIED', key: 'station.notAssigned' });
    const batch = await paper({ ballotId: otherId, pass: 2, papers: [{ paper: 1, numbers: [2], invalid: null }] }, 'papers:recordMany');
    expect(batch.body.error).toMatchObject({ key: 'station.notAssigned' });
    expect([papersIn(ballotId, 1), papersIn(ballotId, 2), papersIn(otherId, 2)]).toEqual([0, 1, 0]);
    // The refused requests left no row either: the check runs inside the command's transaction.
    const rows = hall.t.engine.context().db.prepare("SELECT count(*) FROM command_requests WHERE role = 'counting-station'").pluck().get();
    expect(rows).toBe(1);

    // The operator (the laptop) enters pass 1 as before.
    expect((await hall.op('papers:record', { ballotId, pass: 1, paper: 1, numbers: [2], invalid: null })).ok).toBe(true);
    expect(papersIn(ballotId, 1)).toBe(1);
  });

  it('voids and replaces only within its assignment', async () => {
    const state = await hall.start();
    const { paper } = await pairStation(state, { ballotId, pass: 2 });
    await hall.op('papers:record', { ballotId, pass: 1, paper: 1, numbers: [2], invalid: null });
    await paper({ ballotId, pass: 2, paper: 1, numbers: [1], invalid: null });
    const voidOther = await paper({ ballotId, pass: 1, paper: 1, reason: 'nhầm' }, 'papers:void');
    expect(voidOther.body.error).toMatchObject({ code: 'ACCESS_DENIED', key: 'station.notAssigned' });
    const replaceOther = await paper({ ballotId, pass: 1, paper: 1, numbers: [3], invalid: null, replaceReason: 'gõ nhầm' });
    expect(replaceOther.body.error).toMatchObject({ key: 'station.notAssigned' });
    const replaceOwn = await paper({ ballotId, pass: 2, paper: 1, numbers: [3], invalid: null, replaceReason: 'gõ nhầm' });
    expect(replaceOwn.body.ok).toBe(true);
    expect((await paper({ ballotId, pass: 2, paper: 1, reason: 'phiếu lạc' }, 'papers:void')).body.ok).toBe(true);
    expect(papersIn(ballotId, 1)).toBe(1); // the operator's pass 1 paper untouched
  });

  it('keeps to its range of paper numbers, one by one and in a batch', async () => {
    const state = await hall.start();
    const { paper } = await pairStation(state, { ballotId, pass: 2, papers: { from: 1, to: 50 } });
    expect((await paper({ ballotId, pass: 2, paper: 50, numbers: [1], invalid: null })).body.ok).toBe(true);
    const past = await paper({ ballotId, pass: 2, paper: 51, numbers: [1], invalid: null });
    expect(past.body.error).toMatchObject({
      code: 'ACCESS_DENIED',
      key: 'station.paperOutOfRange',
      params: { from: 1, to: 50, paper: 51 },
    });
    const batch = await paper(
      {
        ballotId,
        pass: 2,
        papers: [
          { paper: 2, numbers: [1], invalid: null },
          { paper: 60, numbers: [1], invalid: null },
        ],
      },
      'papers:recordMany',
    );
    expect(batch.body.error).toMatchObject({ key: 'station.paperOutOfRange', params: { paper: 60 } });
    expect(papersIn(ballotId, 2)).toBe(1); // all or nothing
  });

  it('a station approved without an assignment is not restricted by one', async () => {
    const state = await hall.start();
    const { paper } = await pairStation(state, undefined);
    expect((await paper({ ballotId: otherId, pass: 1, paper: 1, numbers: [1], invalid: null })).body.ok).toBe(true);
  });
});
