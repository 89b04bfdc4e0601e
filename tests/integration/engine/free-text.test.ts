/**
 * Free text through the real engine and its SQLite file: what is stored, read back and projected
 * has no bidi, zero-width or control characters (shared/contract/text-schemas.ts), and Vietnamese
 * text is kept as typed.
 */
import Database from 'better-sqlite3';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

/** Wraps a title in the characters an attacker would use to make it display reversed or hidden. */
const hostile = (s: string) => `\u202E${s.replace(/ /g, ' \u2066\u200E')}\u2069\u200F\u0007\u001B\u0085`;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

describe('free text through the engine', () => {
  it('stores, answers and projects titles, questions, messages and names without the invisible characters', async () => {
    const e = t.engine;
    const NAME = 'Đại hội đại biểu MTTQ Việt Nam phường Ngọc Hà lần thứ I';
    const SLOGAN = 'Đoàn kết – Dân chủ – Đổi mới – Phát triển';
    const TITLE = "Bầu Ban Chấp hành 'khóa mới'";
    const QUESTION = 'Thông qua số lượng Ủy viên Ủy ban khóa mới là 55 vị';
    const path = t.file('van-ban.congress');
    await e.call('congress:create', { name: hostile(NAME), path });
    await e.call('congress:update', { theme: hostile(SLOGAN) });
    const b = await e.call('ballots:create', {
      title: hostile(TITLE),
      kind: 'committee',
      seatsApproved: 3,
      seats: 3,
      method: 'paper',
      preset: 'mttq',
      rules: { base: 'present', allStruck: 'invalid', tie: 'rerun' },
      entryMode: 'struck',
      passes: 1,
    });
    await e.call('ballots:setCandidates', { id: b.id, candidates: [{ name: hostile('Nguyễn Thị Hằng'), birthDate: null }] });
    const v = await e.call('votes:create', { question: hostile(QUESTION) });
    const s = await e.call('agenda:addStep', {
      title: hostile('Khai mạc Đại hội'),
      presenter: hostile('Đoàn Chủ tịch'),
      sessionId: null,
      plannedStart: null,
      durationMinutes: 10,
      kind: 'ceremony',
      notes: hostile('Chào cờ') + '\r\n' + hostile('Tuyên bố lý do'),
    });
    await e.call('speakers:add', {
      stepId: s.id,
      name: hostile('Trần Văn Đức'),
      delegateId: null,
      organisation: '',
      topic: hostile('Báo cáo chính trị'),
    });
    await e.call('projector:set', { slide: 'message', message: `${hostile('Mời đại biểu về chỗ ngồi')}\n${hostile('Giải lao 15 phút')}` });

    expect((await e.call('app:state', {})).congress!.settings).toMatchObject({ name: NAME, theme: SLOGAN });
    const ballot = await e.call('ballots:get', { id: b.id });
    expect(ballot.title).toBe(TITLE);
    expect(ballot.candidates[0]!.name).toBe('Nguyễn Thị Hằng');
    expect((await e.call('votes:get', { id: v.id })).question).toBe(QUESTION);
    const agenda = await e.call('agenda:get', {});
    expect(agenda.steps[0]).toMatchObject({ title: 'Khai mạc Đại hội', presenter: 'Đoàn Chủ tịch', notes: 'Chào cờ\nTuyên bố lý do' });
    expect(agenda.speakers[0]).toMatchObject({ name: 'Trần Văn Đức', topic: 'Báo cáo chính trị' });
    const view = await e.call('projector:view', {});
    expect(view.message).toBe('Mời đại biểu về chỗ ngồi\nGiải lao 15 phút');
    expect(view.congress).toMatchObject({ name: NAME, theme: SLOGAN });

    // and nothing invisible anywhere in the file's text, the audit trail included
    await e.call('congress:close', {});
    const db = new Database(path, { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    let texts = 0;
    for (const table of tables) {
      for (const row of db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]) {
        for (const [column, value] of Object.entries(row)) {
          if (typeof value !== 'string') continue;
          texts++;
          expect(INVISIBLE.test(value), `${table}.${column}: ${JSON.stringify(value)}`).toBe(false);
        }
      }
    }
    db.close();
    expect(texts).toBeGreaterThan(20);
  });
});
