import { countAudit } from '../../../main/db/audit';
import { type AgendaRig, agendaRig, refusal, step } from './agenda-setup';
import { errorText } from '../../helpers/error-text';

let r: AgendaRig;
beforeEach(async () => {
  r = await agendaRig();
});
afterEach(() => r.dispose());

const titles = async () => (await r.engine.call('agenda:get', {})).steps.map((s) => s.title);

describe('agenda templates', () => {
  it('lists the shipped templates, each with its steps', async () => {
    const list = await r.engine.call('agenda:templates', {});
    expect(list.map((t) => t.id)).toEqual(['mttq-commune', 'mttq-province', 'mttq-residential', 'party-cell', 'doan', 'blank']);
    expect(list.find((t) => t.id === 'blank')!.stepCount).toBe(0);
    for (const t of list.filter((x) => x.id !== 'blank')) expect(t.stepCount).toBeGreaterThan(8);
  });

  it('fills the agenda in order, matches sessions by title and creates the missing one', async () => {
    const result = await r.engine.call('agenda:applyTemplate', { templateId: 'mttq-province' });
    // A new congress has only "Phiên chính thức": the template's "Phiên trù bị" is created.
    expect(result.sessionsCreated).toEqual(['Phiên trù bị']);
    const state = await r.engine.call('agenda:get', {});
    const info = await r.engine.call('app:state', {});
    const byTitle = new Map(info.congress!.sessions.map((s) => [s.title, s.id]));
    expect(state.steps[0]).toMatchObject({
      position: 1,
      title: 'Ổn định tổ chức, tuyên bố lý do phiên trù bị',
      plannedStart: '14:00',
      sessionId: byTitle.get('Phiên trù bị'),
    });
    expect(state.steps.at(-1)).toMatchObject({ title: 'Bế mạc, chào cờ', sessionId: byTitle.get('Phiên chính thức') });
    expect(state.steps.map((s) => s.position)).toEqual(state.steps.map((_, i) => i + 1));
    // Planned times follow each other inside a session and restart at a step's own start time.
    expect(state.steps[1]!.schedule.plannedStart).toBe('14:05');
    const lunch = state.steps.findIndex((s) => s.title.startsWith('Thông qua số lượng'));
    expect(state.steps[lunch]!.schedule.plannedStart).toBe('13:30');
    expect(state.currentStepId).toBeNull();
  });

  it('refuses to overwrite an agenda unless asked, and then keeps the old steps in the audit', async () => {
    await r.engine.call('agenda:applyTemplate', { templateId: 'party-cell' });
    const before = await titles();
    const e = await refusal(r.engine.call('agenda:applyTemplate', { templateId: 'doan' }));
    expect(e.code).toBe('AGENDA_NOT_EMPTY');
    expect(errorText(e)).toContain('thay thế');
    expect(await titles()).toEqual(before);
    await r.engine.call('agenda:applyTemplate', { templateId: 'doan', replace: true });
    expect((await titles())[0]).toBe('Chào cờ, hát Quốc ca, Đoàn ca');
    expect(countAudit(r.engine.context().db, 'agenda.template.apply')).toBe(2);
  });

  it('applies a template given as data (a file the user adjusted) and names a bad one’s errors', async () => {
    const template = {
      id: 'chi-hoi',
      title: 'Hội nghị chi hội',
      titleEn: 'Branch meeting',
      sessions: [],
      steps: [{ title: 'Khai mạc', kind: 'ceremony' as const, durationMinutes: 5 }],
    };
    await r.engine.call('agenda:applyTemplate', { template });
    expect(await titles()).toEqual(['Khai mạc']);
    const bad = await r.engine.invoke('agenda:applyTemplate', {
      template: { ...template, steps: [{ title: '', kind: 'party', durationMinutes: 5 }] },
      replace: true,
    });
    expect(bad.ok).toBe(false);
    expect(await titles()).toEqual(['Khai mạc']);
    const unknown = await refusal(r.engine.call('agenda:applyTemplate', { templateId: 'khong-co' }));
    expect(unknown.code).toBe('NOT_FOUND');
    expect(errorText(unknown)).toContain('mttq-commune');
  });
});

describe('editing steps', () => {
  it('adds at the end or after a step, edits, and keeps positions 1..n', async () => {
    const a = await r.engine.call('agenda:addStep', step('Khai mạc'));
    const c = await r.engine.call('agenda:addStep', step('Bế mạc'));
    const b = await r.engine.call('agenda:addStep', { ...step('  Báo  cáo   chính trị '), afterId: a.id });
    expect(b).toMatchObject({ title: 'Báo cáo chính trị', position: 2, progress: 'upcoming' });
    expect(await titles()).toEqual(['Khai mạc', 'Báo cáo chính trị', 'Bế mạc']);
    const edited = await r.engine.call('agenda:updateStep', {
      id: c.id,
      presenter: 'Đoàn Chủ tịch',
      plannedStart: '11:00',
      kind: 'ceremony',
    });
    expect(edited).toMatchObject({ title: 'Bế mạc', presenter: 'Đoàn Chủ tịch', plannedStart: '11:00', kind: 'ceremony', position: 3 });
  });

  it('moves a step up, down, to the top and past the end; each move is audited', async () => {
    for (const t of ['A', 'B', 'C', 'D']) await r.engine.call('agenda:addStep', step(t));
    const ids = (await r.engine.call('agenda:get', {})).steps.map((s) => s.id);
    let list = await r.engine.call('agenda:moveStep', { id: ids[2]!, toIndex: 1 }); // C up
    expect(list.map((s) => s.title)).toEqual(['A', 'C', 'B', 'D']);
    list = await r.engine.call('agenda:moveStep', { id: ids[0]!, toIndex: 99 }); // A to the end
    expect(list.map((s) => s.title)).toEqual(['C', 'B', 'D', 'A']);
    list = await r.engine.call('agenda:moveStep', { id: ids[3]!, toIndex: 0 }); // D to the top
    expect(list.map((s) => [s.title, s.position])).toEqual([
      ['D', 1],
      ['C', 2],
      ['B', 3],
      ['A', 4],
    ]);
    expect(countAudit(r.engine.context().db, 'agenda.step.move')).toBe(3);
  });

  it('removes a step with its reason in the audit; the others close up', async () => {
    for (const t of ['A', 'B', 'C']) await r.engine.call('agenda:addStep', step(t));
    const b = (await r.engine.call('agenda:get', {})).steps[1]!;
    await r.engine.call('agenda:removeStep', { id: b.id, reason: 'Gộp vào bước A' });
    const state = await r.engine.call('agenda:get', {});
    expect(state.steps.map((s) => [s.title, s.position])).toEqual([
      ['A', 1],
      ['C', 2],
    ]);
    const row = r.engine.context().db.prepare("SELECT before, reason FROM audit WHERE action = 'agenda.step.remove'").get() as {
      before: string;
      reason: string;
    };
    expect(JSON.parse(row.before)).toMatchObject({ title: 'B' });
    expect(row.reason).toBe('Gộp vào bước A');
    expect((await refusal(r.engine.call('agenda:updateStep', { id: b.id, title: 'X' }))).code).toBe('NOT_FOUND');
  });

  it('refuses bad input with a Vietnamese message and changes nothing', async () => {
    await r.engine.call('agenda:addStep', step('A'));
    const audits = countAudit(r.engine.context().db);
    const cases = [
      { ...step(''), expect: 'Thiếu tên bước' },
      { ...step('B', { plannedStart: '25:00' }), expect: 'HH:MM' },
      { ...step('B', { durationMinutes: -5 }), expect: 'durationMinutes' },
    ];
    for (const { expect: text, ...input } of cases) {
      const res = await r.engine.invoke('agenda:addStep', input);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(errorText(res.error)).toContain(text);
    }
    const session = await refusal(r.engine.call('agenda:addStep', { ...step('B'), sessionId: 99 }));
    expect(errorText(session)).toBe('Phiên số 99 không có trong đại hội này.');
    expect(await titles()).toEqual(['A']);
    expect(countAudit(r.engine.context().db)).toBe(audits);
  });
});
