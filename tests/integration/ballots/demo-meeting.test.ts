import { compareCandidates } from '../../../shared/domain/candidate-order';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

describe('the demo congress', () => {
  it('comes with its committee consultation ready to open: 36 roster names for 33 seats, in printed order', async () => {
    await t.engine.call('congress:openDemo', {});
    const [summary] = await t.engine.call('ballots:list', {});
    expect(summary).toMatchObject({ state: 'preparing', seats: 33, seatsApproved: 35, candidateCount: 36 });
    const ballot = await t.engine.call('ballots:get', { id: summary!.id });
    const roster = new Map((await t.engine.call('delegates:list', {})).map((d) => [d.fullName, d]));
    expect(ballot.candidates.every((c) => roster.get(c.name)?.status === 'official')).toBe(true);
    const sorted = [...ballot.candidates].sort(compareCandidates);
    expect(ballot.candidates.map((c) => c.number)).toEqual(sorted.map((c) => c.number));
    expect((await t.engine.call('ballots:open', { id: summary!.id })).state).toBe('open');
  });

  it('comes with the ward-level agenda, in the sessions the demo already has', async () => {
    const info = await t.engine.call('congress:openDemo', {});
    const agenda = await t.engine.call('agenda:get', {});
    expect(agenda.steps.length).toBeGreaterThan(10);
    const sessionIds = new Set(info.sessions.map((s) => s.id));
    expect(agenda.steps.every((s) => s.sessionId === null || sessionIds.has(s.sessionId))).toBe(true);
    expect(info.sessions.map((s) => s.title)).toEqual(['Phiên trù bị', 'Phiên chính thức']);
  });
});
