import { mayCall, ROLES } from '../../../shared/contract/roles';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressWith, names, refusal, settings } from './ballot-setup';
import type { ListRowProblem } from '../../../shared/i18n/translator';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

const csv = (text: string) => ({ fileName: 'ds.csv', contentBase64: Buffer.from(`\uFEFF${text}`, 'utf8').toString('base64') });

describe('next round', () => {
  it('offers a re-run among the names tied at the last seat, linked to the first round', async () => {
    await congressWith(t, 5, 5); // present 5: more than half is 3 votes
    const { id } = await t.engine.call('ballots:create', settings({ seats: 2, seatsApproved: 2 }));
    await t.engine.call('ballots:setCandidates', { id, candidates: names('Lê An', 'Võ Bình', 'Đỗ Chi') });
    await t.engine.call('ballots:open', { id });
    // An 5 votes, Bình 3, Chi 3: Bình and Chi tie for the second seat
    const keep: number[][] = [[1, 2], [1, 3], [1, 2], [1, 3], [1], [2, 3]];
    for (const [i, kept] of keep.entries()) {
      const struck = [1, 2, 3].filter((n) => !kept.includes(n));
      await t.engine.call('papers:record', { ballotId: id, pass: 1, paper: i + 1, numbers: struck, invalid: null });
    }
    const result = await t.engine.call('ballots:count', { id });
    expect(result.elected).toEqual([1]);
    expect(result.tie).toEqual({ numbers: [2, 3], votes: 3, seatsContested: 1 });
    expect((await refusal(t.engine.call('ballots:nextRound', { id, candidateNumbers: [1] }))).code).toBe('INVALID_INPUT');

    const rerun = await t.engine.call('ballots:nextRound', { id, candidateNumbers: result.tie!.numbers });
    expect(rerun).toMatchObject({
      state: 'preparing',
      round: 2,
      previousBallotId: id,
      seats: 1,
      seatsApproved: 2,
      rules: { base: 'present', allStruck: 'invalid', tie: 'rerun' },
      title: 'Hiệp thương cử Ủy ban MTTQ Việt Nam phường thử khóa I (vòng 2)',
    });
    expect(rerun.candidates.map((c) => [c.number, c.name])).toEqual([
      [1, 'Võ Bình'],
      [2, 'Đỗ Chi'],
    ]);
    // Without numbers: the candidates not elected, for the seats still open.
    const open = await t.engine.call('ballots:nextRound', { id });
    expect(open.seats).toBe(1);
    expect(open.candidates.map((c) => c.name)).toEqual(['Võ Bình', 'Đỗ Chi']);
    expect((await t.engine.call('ballots:list', {})).map((b) => [b.round, b.candidateCount])).toEqual([
      [1, 3],
      [2, 2],
      [2, 2],
    ]);
  });
});

describe('candidate import', () => {
  it('imports a list in printed order and ignores STT and position columns', async () => {
    await congressWith(t, 2, 2);
    const { id } = await t.engine.call('ballots:create', settings());
    const b = await t.engine.call('ballots:importCandidates', {
      id,
      ...csv('STT,Họ và tên,Năm sinh,Chức vụ\n1,Phạm Văn Đức,1970,Chủ tịch\n2,Trần Thị Anh,15/03/1985,\n3,Nguyễn Văn Bình,,Ủy viên\n'),
    });
    expect(b.candidates.map((c) => [c.number, c.name, c.birthDate])).toEqual([
      [1, 'Trần Thị Anh', '1985-03-15'],
      [2, 'Nguyễn Văn Bình', null],
      [3, 'Phạm Văn Đức', '1970'],
    ]);
  });

  it('refuses the whole file when one row is bad, with the row and column', async () => {
    await congressWith(t, 2, 2);
    const { id } = await t.engine.call('ballots:create', settings());
    await t.engine.call('ballots:setCandidates', { id, candidates: names('Lê An') });
    const e = await refusal(
      t.engine.call('ballots:importCandidates', {
        id,
        ...csv('STT,Họ và tên,Ngày sinh\n1,Phạm Văn Đức,1970\n2,Trần Thị Anh,31/02/1985\n3,,1990\n'),
      }),
    );
    expect(e.code).toBe('ROSTER_HAS_ERRORS');
    const errors = (e.details as { errors: ListRowProblem[] }).errors;
    expect(errors.map((x) => x.row)).toEqual([3, 4]);
    expect(errors[0]!.column).toEqual({ header: 'Ngày sinh', letter: 'C' });
    expect(errors.map((x) => x.key)).toEqual(['listRow.badBirthDate', 'listRow.noName']);
    expect((await t.engine.call('ballots:get', { id })).candidates.map((c) => c.name)).toEqual(['Lê An']);
  });
});

describe('ballot secrecy', () => {
  it('keeps paper tables free of any link to delegates or attendance, and paper audit rows free of delegates', async () => {
    await congressWith(t, 4, 4);
    const { id } = await t.engine.call('ballots:create', settings({ seats: 1, seatsApproved: 1, passes: 2 }));
    await t.engine.call('ballots:setCandidates', { id, candidates: names('Lê An', 'Võ Bình') });
    await t.engine.call('ballots:open', { id });
    await t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 1, numbers: [2], invalid: null });
    await t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 1, numbers: [1], invalid: null, replaceReason: 'sửa' });
    await t.engine.call('papers:record', { ballotId: id, pass: 2, paper: 1, numbers: [2], invalid: null });
    await t.engine.call('papers:resolve', { ballotId: id, paper: 1, numbers: [2], invalid: null });
    await t.engine.call('papers:void', { ballotId: id, pass: 2, paper: 1, reason: 'thử' });
    const db = t.engine.context().db;
    const linked = /delegate|attendance|session|checkin|code|user/i;
    for (const table of ['paper_entries', 'paper_resolutions', 'ballot_aggregates']) {
      const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
      expect(columns.filter((c) => linked.test(c))).toEqual([]);
      // A device is named only on an entry, and it is the entry station: the counting board's own machines.
      expect(columns.filter((c) => /device/i.test(c))).toEqual(table === 'paper_entries' ? ['device'] : []);
      const keys = db.prepare(`PRAGMA foreign_key_list(${table})`).all() as { table: string }[];
      expect(keys.map((k) => k.table).filter((x) => x !== 'ballots')).toEqual([]);
    }
    // so no device a delegate or the door uses can ever write a paper (docs/ballots.md, Secrecy)
    const papersWriters = ROLES.filter((role) => mayCall(role, 'papers:record') || mayCall(role, 'papers:recordMany'));
    expect(papersWriters).toEqual(['operator', 'counting-station']);
    const rows = db.prepare("SELECT before, after FROM audit WHERE entity = 'paper'").all() as {
      before: string | null;
      after: string | null;
    }[];
    expect(rows.length).toBe(5);
    for (const row of rows) {
      for (const json of [row.before, row.after]) {
        if (json === null) continue;
        expect(Object.keys(JSON.parse(json) as object).sort()).toEqual(expect.arrayContaining(['ballotId', 'paper', 'struck', 'invalid']));
        expect(Object.keys(JSON.parse(json) as object).every((k) => ['ballotId', 'pass', 'paper', 'struck', 'invalid'].includes(k))).toBe(
          true,
        );
        expect(json).not.toMatch(/delegate|DB00/i);
      }
    }
  });
});
