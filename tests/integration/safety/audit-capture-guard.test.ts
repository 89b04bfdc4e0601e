/**
 * The guard on the change capture (main/db/change-capture.ts): after every command, accepted or
 * refused, no written row is left outside an audit entry, and a whole congress run through every
 * writing command verifies with no difference. A write path that commits data after (or without)
 * its audit entry fails here, naming the command and the rows.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { COMMAND_NAMES, type CommandName, commands } from '../../../shared/contract/channels';
import { appendAudit } from '../../../main/db/audit';
import { pendingChangeCount } from '../../../main/db/change-capture';
import { verifyCongressFile } from '../../../main/db/verify';
import { generateDemoRoster } from '../../../main/demo/demo-roster';
import { writeRosterXlsx } from '../../../main/demo/roster-file';
import { names, settings } from '../ballots/ballot-setup';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { BLANK_DELEGATE } from '../../helpers/blank-delegate';

let t: TempEngine;
/** Commands after which rows were left pending, with the rows. */
let leftOver: string[];

beforeEach(() => {
  t = tempEngine();
  process.env.CONGRESS_DESK_HOME = t.file('home');
  leftOver = [];
  const invoke = t.engine.invoke.bind(t.engine) as (channel: string, input: unknown) => Promise<{ ok: boolean }>;
  t.engine.invoke = (async (channel: string, input: unknown) => {
    const r = await invoke(channel, input);
    if (t.engine.isOpen && pendingChangeCount(t.engine.context().db) > 0) {
      const rows = t.engine.context().db.prepare('SELECT tbl, key FROM temp.audit_pending').all();
      leftOver.push(`${channel} (${r.ok ? 'accepted' : 'refused'}): ${JSON.stringify(rows)}`);
      t.engine.context().db.prepare('DELETE FROM temp.audit_pending').run(); // report each command once
    }
    return r;
  }) as typeof t.engine.invoke;
});
afterEach(() => t.dispose());

const call = <C extends CommandName>(channel: C, input: unknown) => t.engine.call(channel, input);

describe('no written row outside an audit entry', () => {
  it('a whole congress through every writing command: nothing pending after any, and verify finds no difference', async () => {
    await call('congress:openDemo', {});
    const demo = t.engine.context().path;
    await call('congress:update', { venue: 'Hội trường Ủy ban nhân dân phường' });
    const s2 = await call('sessions:create', { title: 'Phiên bế mạc', date: null });
    await call('sessions:update', { id: s2.id, title: 'Phiên bế mạc (buổi chiều)', date: null });
    await call('sessions:setCurrent', { id: s2.id });
    await call('sessions:setCurrent', { id: 1 });
    const person = {
      code: 'KM001',
      fullName: 'Khách Mời Một',
      status: 'guest',
      ...BLANK_DELEGATE,
    };
    const guest = await call('delegates:create', person);
    await call('delegates:update', { ...person, id: guest.id, unit: 'Hội Cựu chiến binh' });
    await call('delegates:remove', { id: guest.id, reason: 'Nhập nhầm' });
    await call('checkin:scan', { code: 'DB001' });
    await call('checkin:mark', { delegateId: 2 });
    await call('checkin:undo', { delegateId: 2 });
    await call('attendance:markAbsent', { delegateId: 3, reason: 'Ốm' });
    expect((await t.engine.invoke('checkin:scan', { code: 'DB001' })).ok).toBe(false); // refused: nothing left either

    await call('projector:set', { slide: 'attendance' });
    await call('projector:queue', { next: { slide: 'welcome' } });
    await call('projector:switch', {});
    await call('projector:black', { on: true });
    await call('projector:black', { on: false });
    await call('projector:theme', { theme: 'high_contrast' });

    const agenda = await call('agenda:get', {});
    const [first, second] = agenda.steps;
    await call('agenda:next', {});
    await call('agenda:next', {});
    await call('agenda:previous', {});
    await call('agenda:goTo', { id: second!.id });
    const step = await call('agenda:addStep', {
      title: 'Thảo luận',
      presenter: '',
      sessionId: null,
      plannedStart: null,
      durationMinutes: 20,
      kind: 'discussion',
      notes: '',
      afterId: first!.id,
    });
    await call('agenda:updateStep', { id: step.id, durationMinutes: 30 });
    await call('agenda:moveStep', { id: step.id, toIndex: 0 });
    await call('agenda:goTo', { id: step.id });
    const a = await call('speakers:add', {
      stepId: step.id,
      name: 'Nguyễn Văn Nói',
      delegateId: null,
      organisation: 'Chi hội 1',
      topic: 'Công tác mặt trận',
    });
    const b = await call('speakers:add', { stepId: step.id, name: 'Trần Thị Kể', delegateId: 1, organisation: '', topic: '' });
    await call('speakers:update', { id: a.id, topic: 'An sinh xã hội' });
    await call('speakers:move', { id: b.id, toIndex: 0 });
    await call('timer:settings', { autoStartWithSpeaker: true });
    await call('speakers:callNext', {});
    await call('speakers:call', { id: a.id });
    await call('speakers:markSpoken', { id: b.id, spoken: false });
    await call('speakers:remove', { id: a.id });
    await call('timer:start', { seconds: 90 });
    await call('timer:pause', {});
    await call('timer:reset', {});
    await call('agenda:removeStep', { id: step.id, reason: 'Gộp vào bước khác' });

    const vote = await call('votes:create', { question: 'Thông qua chương trình Đại hội' });
    await call('votes:update', { id: vote.id, question: 'Thông qua chương trình làm việc của Đại hội' });
    await call('votes:setPresent', { id: vote.id, present: 1, reason: 'Đếm lại trong hội trường' });
    await call('votes:record', { id: vote.id, counts: { for: 1, against: 0, abstain: 0 }, close: true });
    await call('votes:reopen', { id: vote.id, reason: 'Biểu quyết lại' });
    await call('projector:set', { slide: 'agenda' });

    // the demo's committee list, two entry passes that disagree on one paper, settled by the board
    await call('ballots:update', { id: 1, seats: 33 });
    await call('ballots:open', { id: 1 });
    await call('ballots:setCounts', { id: 1, issued: 3, reason: 'Phát thêm phiếu' });
    for (const pass of [1, 2]) {
      await call('papers:record', { ballotId: 1, pass, paper: 1, numbers: [1], invalid: null });
      await call('papers:record', { ballotId: 1, pass, paper: 2, numbers: pass === 1 ? [2] : [3], invalid: null });
    }
    await call('papers:record', { ballotId: 1, pass: 1, paper: 3, numbers: [], invalid: null });
    await call('papers:record', { ballotId: 1, pass: 1, paper: 3, numbers: [4], invalid: null, replaceReason: 'Nhập nhầm' });
    await call('papers:void', { ballotId: 1, pass: 1, paper: 3, reason: 'Phiếu nhập thừa' });
    await call('papers:resolve', { ballotId: 1, paper: 2, numbers: [2], invalid: null });
    await call('ballots:count', { id: 1 });
    await call('ballots:publish', { id: 1 });
    await call('ballots:reopen', { id: 1, reason: 'Kiểm lại' });
    await call('ballots:count', { id: 1 });
    await call('ballots:publish', { id: 1 });
    await call('ballots:finalize', { id: 1 });
    const hands = await call(
      'ballots:create',
      settings({ title: 'Bầu đại biểu dự Đại hội cấp trên', method: 'hands_per_name', seats: 1, seatsApproved: 1 }),
    );
    await call('ballots:setCandidates', { id: hands.id, candidates: names('Hoàng Văn Dũng', 'Ngô Thị Hoa') });
    await call('ballots:open', { id: hands.id });
    await call('ballots:aggregate', { ballotId: hands.id, valid: 1, invalid: 0, votes: { 1: 1 } });
    await call('exports:saveSettings', { place: 'Hòa Bình', countingBoardChair: 'Trần Văn Đức', countingBoardMembers: [] });
    await call('exports:run', { what: 'minutes', format: 'pdf', ballotId: hands.id, out: t.file('out') });
    await call('backups:create', {});

    // a fresh congress, its roster imported from a workbook
    await call('congress:create', { name: 'Đại hội thử', path: t.file('roster.congress') });
    const xlsx = await writeRosterXlsx(generateDemoRoster(40, 5));
    await call('roster:import', { fileName: 'danh-sach.xlsx', contentBase64: xlsx.toString('base64') });
    await call('agenda:applyTemplate', { templateId: 'mttq-commune', replace: false });
    await call('congress:close', {});

    expect(leftOver).toEqual([]);
    for (const file of [demo, t.file('roster.congress')]) {
      const report = verifyCongressFile(file);
      expect(report.data.differences, file).toEqual([]);
      expect(report.verdict).toBe('ok');
    }
  });

  it('follows the rows REPLACE deletes and a changed primary key, and a refused transaction leaves nothing', async () => {
    await call('congress:create', { name: 'Đại hội thử', path: t.file('raw.congress') });
    for (const i of [1, 2]) {
      await call('delegates:create', {
        code: `DB00${i}`,
        fullName: `Đại Biểu ${i}`,
        status: 'official',
        ...BLANK_DELEGATE,
      });
    }
    const db = t.engine.context().db;
    expect(() =>
      db.transaction(() => {
        db.prepare("INSERT INTO settings (key, value) VALUES ('x', '1')").run();
        throw new Error('refused');
      })(),
    ).toThrow('refused');
    expect(pendingChangeCount(db)).toBe(0); // the notes rolled back with the rows
    db.transaction(() => {
      // the same code under a new id: REPLACE deletes delegate 2 through the unique index
      db.prepare(
        "INSERT OR REPLACE INTO delegates (id, code, full_name, search_key, status, created_at, updated_at) VALUES (50, 'DB002', 'Thay Thế', 'thay the', 'official', 't', 't')",
      ).run();
      db.prepare("INSERT INTO settings (key, value) VALUES ('a', '1')").run();
      db.prepare("UPDATE settings SET key = 'b' WHERE key = 'a'").run();
      appendAudit(db, '2026-12-15T08:00:00.000Z', { action: 'test.raw', entity: 'test' });
    })();
    const last = db.prepare('SELECT changes FROM audit ORDER BY id DESC LIMIT 1').pluck().get() as string;
    const listed = (JSON.parse(last) as [string, unknown[], string | null][]).map(([table, key, hash]) => [
      table,
      key,
      hash === null ? null : 'row',
    ]);
    expect(listed).toEqual([
      ['delegates', [2], null],
      ['delegates', [50], 'row'],
      ['settings', ['a'], null],
      ['settings', ['b'], 'row'],
    ]);
    await call('congress:close', {});
    expect(verifyCongressFile(t.file('raw.congress')).data.differences).toEqual([]);
  });

  it('random input on every command (accepted or refused): nothing ever left pending', async () => {
    await call('congress:openDemo', {});
    const skip = new Set<CommandName>([
      'congress:create',
      'congress:open',
      'congress:close',
      'congress:openDemo',
      'backups:openCopy',
      'backups:setSettings',
      'backups:restore',
    ]);
    for (const channel of COMMAND_NAMES.filter((c) => !skip.has(c))) {
      const schema = commands[channel].input as z.ZodType;
      const keys = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
      const value = fc.oneof(
        fc.integer({ min: 1, max: 40 }),
        fc.string({ maxLength: 12 }),
        fc.constantFrom(null, true, [1, 2], 'DB004', 'welcome'),
      );
      const input = keys.length ? fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: keys.length }) : fc.constant({});
      await fc.assert(
        fc.asyncProperty(input, async (i) => {
          await t.engine.invoke(channel, i);
        }),
        { numRuns: 12, seed: 20261215 },
      );
    }
    expect(leftOver).toEqual([]);
  });
});
