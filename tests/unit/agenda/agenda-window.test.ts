import { AGENDA_ROWS, agendaWindow } from '../../../renderer/features/slides/agenda-slide';
import type { StepProgress } from '../../../shared/domain/agenda';

const steps = (n: number, current: number | null, done = current ?? 0) =>
  Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    title: `Bước ${i + 1}`,
    presenter: '',
    kind: 'report' as const,
    plannedStart: null,
    progress: (i === current ? 'current' : i < done ? 'done' : 'upcoming') as StepProgress,
  }));

describe('the agenda slide’s window on a long agenda', () => {
  it('shows a short agenda whole', () => {
    expect(agendaWindow(steps(6, 2))).toMatchObject({ before: 0, after: 0 });
    expect(agendaWindow(steps(6, 2)).shown).toHaveLength(6);
  });

  it('keeps two held steps above the current one, and says how many are left out', () => {
    const w = agendaWindow(steps(19, 7));
    expect(w.shown.map((s) => s.id)).toEqual([6, 7, 8, 9, 10, 11, 12, 13]);
    expect(w).toMatchObject({ before: 5, after: 6 });
    expect(w.shown).toHaveLength(AGENDA_ROWS);
  });

  it('starts at the top before the meeting and ends at the bottom near the end', () => {
    expect(agendaWindow(steps(19, null)).shown[0]!.id).toBe(1);
    const end = agendaWindow(steps(19, 18));
    expect(end.shown.at(-1)!.id).toBe(19);
    expect(end.after).toBe(0);
    // All held: the last steps stay in view.
    expect(agendaWindow(steps(19, null, 19)).shown.at(-1)!.id).toBe(19);
  });
});
