import { countAudit } from '../../../main/db/audit';
import { type AgendaRig, agendaRig, localIso, refusal, step } from './agenda-setup';
import { errorText } from '../../helpers/error-text';

let r: AgendaRig;
let discussion: number;
let other: number;
beforeEach(async () => {
  r = await agendaRig();
  discussion = (
    await r.engine.call('agenda:addStep', step('Tham luận', { kind: 'discussion', plannedStart: '09:00', durationMinutes: 30 }))
  ).id;
  other = (await r.engine.call('agenda:addStep', step('Phát biểu chỉ đạo'))).id;
});
afterEach(() => r.dispose());

const guest = (name: string, organisation = '', topic = '') => ({ stepId: discussion, name, delegateId: null, organisation, topic });

describe('speakers', () => {
  it('lists speakers per step in order, picked from the roster or typed as guests, and reorders them', async () => {
    const d = await r.engine.call('delegates:create', {
      code: 'DB001',
      fullName: 'Nguyễn Thị Hằng',
      gender: 'female',
      birthDate: null,
      ethnicity: null,
      religion: null,
      partyMember: null,
      education: null,
      position: null,
      unit: 'Hội Phụ nữ phường',
      group: null,
      seat: null,
      kind: null,
      status: 'official',
    });
    const a = await r.engine.call('speakers:add', {
      ...guest('Nguyễn Thị Hằng', 'Hội Phụ nữ phường', 'Phong trào phụ nữ'),
      delegateId: d.id,
    });
    const b = await r.engine.call('speakers:add', guest('  Trần   Văn Bình ', 'Khu dân cư số 3'));
    const c = await r.engine.call('speakers:add', guest('Lê Minh', 'Đoàn Thanh niên'));
    expect(b).toMatchObject({ name: 'Trần Văn Bình', position: 2, state: 'waiting', delegateId: null });
    const moved = await r.engine.call('speakers:move', { id: c.id, toIndex: 0 });
    expect(moved.map((s) => [s.name, s.position])).toEqual([
      ['Lê Minh', 1],
      ['Nguyễn Thị Hằng', 2],
      ['Trần Văn Bình', 3],
    ]);
    await r.engine.call('speakers:update', { id: a.id, topic: 'Vai trò phụ nữ' });
    await r.engine.call('speakers:remove', { id: b.id });
    const state = await r.engine.call('agenda:get', {});
    expect(state.speakers.map((s) => [s.name, s.position, s.topic])).toEqual([
      ['Lê Minh', 1, ''],
      ['Nguyễn Thị Hằng', 2, 'Vai trò phụ nữ'],
    ]);
    expect(countAudit(r.engine.context().db, 'speaker.remove')).toBe(1);
    const bad = await r.engine.invoke('speakers:add', guest(''));
    expect(bad.ok === false && errorText(bad.error)).toContain('Thiếu tên người phát biểu');
    expect((await refusal(r.engine.call('speakers:add', { ...guest('X'), delegateId: 999 }))).code).toBe('NOT_FOUND');
  });

  it('calls the next speaker, marks the one before spoken and starts their countdown', async () => {
    await r.engine.call('speakers:add', guest('Người thứ nhất'));
    await r.engine.call('speakers:add', guest('Người thứ hai'));
    r.at(9, 0);
    await r.engine.call('agenda:next', {});
    r.at(9, 1);
    let s = await r.engine.call('speakers:callNext', {});
    expect(s.speakers.map((x) => x.state)).toEqual(['speaking', 'waiting']);
    // A discussion speaker gets the discussion default (7 minutes), running from the call.
    expect(s.timer).toMatchObject({ state: 'running', durationMs: 7 * 60_000, endsAt: localIso(9, 8), speakerId: s.speakers[0]!.id });
    r.at(9, 7);
    s = await r.engine.call('speakers:callNext', {});
    expect(s.speakers.map((x) => x.state)).toEqual(['spoken', 'speaking']);
    expect(s.speakers[0]!.spokenAt).toBe(localIso(9, 7));
    expect(s.timer.endsAt).toBe(localIso(9, 14));
    r.at(9, 12);
    s = await r.engine.call('speakers:callNext', {}); // nobody left: the last one is marked spoken
    expect(s.speakers.map((x) => x.state)).toEqual(['spoken', 'spoken']);
    const none = await refusal(r.engine.call('speakers:callNext', {}));
    expect(errorText(none)).toContain('Không còn ai chờ phát biểu');
  });

  it('does not start the countdown with a speaker when that is switched off', async () => {
    await r.engine.call('timer:settings', { autoStartWithSpeaker: false });
    await r.engine.call('speakers:add', guest('Người thứ nhất'));
    await r.engine.call('agenda:next', {});
    const s = await r.engine.call('speakers:callNext', {});
    expect(s.speakers[0]!.state).toBe('speaking');
    expect(s.timer.state).toBe('idle');
  });

  it('calls out of turn only in the step under way; mark spoken toggles; the next step ends the speech', async () => {
    const first = await r.engine.call('speakers:add', guest('Người thứ nhất'));
    const second = await r.engine.call('speakers:add', guest('Người thứ hai'));
    const elsewhere = await r.engine.call('speakers:add', { ...guest('Khách'), stepId: other });
    await r.engine.call('agenda:next', {});
    const e = await refusal(r.engine.call('speakers:call', { id: elsewhere.id }));
    expect(errorText(e)).toContain('đăng ký ở một bước khác');
    let s = await r.engine.call('speakers:call', { id: second.id });
    expect(s.speakers.filter((x) => x.stepId === discussion).map((x) => x.state)).toEqual(['waiting', 'speaking']);
    s = await r.engine.call('speakers:markSpoken', { id: first.id, spoken: true });
    expect(s.speakers[0]!.state).toBe('spoken');
    // the target state is said: the same click sent twice leaves it spoken, never flips it back
    s = await r.engine.call('speakers:markSpoken', { id: first.id, spoken: true });
    expect(s.speakers[0]!.state).toBe('spoken');
    expect((await refusal(r.engine.call('speakers:markSpoken', { id: first.id }))).code).toBe('INVALID_INPUT');
    s = await r.engine.call('speakers:markSpoken', { id: first.id, spoken: false });
    expect(s.speakers[0]!.state).toBe('waiting');
    s = await r.engine.call('agenda:next', {});
    expect(s.speakers.find((x) => x.id === second.id)!.state).toBe('spoken');
  });
});
