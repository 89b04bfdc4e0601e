import { type AgendaRig, agendaRig, localIso, step } from './agenda-setup';

let r: AgendaRig;
beforeEach(async () => {
  r = await agendaRig();
  await r.engine.call('agenda:addStep', {
    ...step('Khai mạc', { kind: 'ceremony', plannedStart: '08:00' }),
    notes: 'Ghi chú nội bộ: nhắc MC',
  });
  await r.engine.call('agenda:addStep', { ...step('Tham luận', { kind: 'discussion' }), presenter: 'Đại biểu' });
});
afterEach(() => r.dispose());

describe('agenda slides on the projector', () => {
  it('shows the agenda with the current step, the speaker and the countdown — never the operator’s notes', async () => {
    await r.engine.call('projector:set', { slide: 'agenda' });
    let view = await r.engine.call('projector:view', {});
    expect(view.slide).toBe('agenda');
    expect(view.agenda!.steps.map((s) => [s.title, s.progress, s.plannedStart])).toEqual([
      ['Khai mạc', 'upcoming', '08:00'],
      ['Tham luận', 'upcoming', '08:10'],
    ]);
    expect(JSON.stringify(view)).not.toContain('Ghi chú nội bộ');

    r.at(8, 0);
    await r.engine.call('agenda:next', {});
    await r.engine.call('agenda:next', {});
    const stepId = (await r.engine.call('agenda:get', {})).currentStepId!;
    await r.engine.call('speakers:add', {
      stepId,
      name: 'Nguyễn Văn An',
      delegateId: null,
      organisation: 'Khu dân cư số 1',
      topic: 'An ninh trật tự',
    });
    await r.engine.call('speakers:add', { stepId, name: 'Trần Thị Bé', delegateId: null, organisation: '', topic: '' });
    await r.engine.call('speakers:callNext', {});
    await r.engine.call('projector:set', { slide: 'speaker' });
    view = await r.engine.call('projector:view', {});
    expect(view.agenda).toMatchObject({
      currentStep: { title: 'Tham luận', presenter: 'Đại biểu', kind: 'discussion' },
      speaker: { name: 'Nguyễn Văn An', organisation: 'Khu dân cư số 1', topic: 'An ninh trật tự' },
      nextSpeaker: 'Trần Thị Bé',
      timer: { state: 'running', endsAt: localIso(8, 7) },
    });
    expect(view.agenda!.steps.map((s) => s.progress)).toEqual(['done', 'current']);
  });

  it('redraws the wall on an agenda change only while an agenda slide is on air', async () => {
    await r.engine.call('projector:set', { slide: 'welcome' });
    r.events.length = 0;
    await r.engine.call('agenda:next', {});
    expect(r.events).toEqual(['agenda:changed']);
    await r.engine.call('projector:set', { slide: 'countdown' });
    r.events.length = 0;
    await r.engine.call('timer:start', {});
    expect(r.events).toEqual(['agenda:changed', 'projector:changed']);
  });

  it('keeps an agenda slide on air across a restart', async () => {
    await r.engine.call('projector:set', { slide: 'agenda_step' });
    await r.engine.call('agenda:next', {});
    await r.reopen();
    const view = await r.engine.call('projector:view', {});
    expect(view.slide).toBe('agenda_step');
    expect(view.agenda!.currentStep!.title).toBe('Khai mạc');
  });
});
