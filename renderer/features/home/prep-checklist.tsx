import { useEffect, useState } from 'react';
import type { EventName } from '../../../shared/contract/channels';
import { useApp, type View } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { cardsExported } from '../exports/cards-exported';
import { useExports } from '../exports/exports-store';
import { useRoster } from '../roster/roster-store';

interface Counts {
  agendaSteps: number;
  ballots: number;
}

/** The agenda and the ballots as the engine has them, re-read when either changes. */
function useCounts(path: string | null): Counts | null {
  const [counts, setCounts] = useState<Counts | null>(null);
  useEffect(() => {
    if (!path) return;
    let live = true;
    const read = async () => {
      const [agenda, ballots] = await Promise.all([client().call('agenda:get', {}), client().call('ballots:list', {})]);
      if (live && agenda.ok && ballots.ok) setCounts({ agendaSteps: agenda.value.steps.length, ballots: ballots.value.length });
    };
    void read();
    const events: EventName[] = ['agenda:changed', 'ballots:changed'];
    const offs = events.map((name) => client().on(name, () => void read()));
    return () => {
      live = false;
      offs.forEach((off) => off());
    };
  }, [path]);
  return counts;
}

const HIDDEN = 'congress-desk-prep-hidden:';

function hiddenFor(path: string): boolean {
  try {
    return localStorage.getItem(HIDDEN + path) !== null;
  } catch {
    return false;
  }
}

interface Step {
  label: MessageKey;
  /** The key that reaches the same place (renderer/operator/use-shortcuts.ts, export-shortcut.ts). */
  key: string;
  done: boolean;
  go(): void;
}

const toView = (view: View) => () => useApp.getState().setView(view);

/**
 * «Chuẩn bị đại hội»: the five things a new congress needs before the day, in the order they
 * depend on each other (cards and papers print the details and the roster), each ticked from the
 * congress itself and a link to where it is done. Gone once all are done, or once hidden.
 */
export function PrepChecklist() {
  const t = useT();
  const congress = useApp((s) => s.congress);
  const delegates = useRoster((s) => s.delegates.length);
  useExports((s) => s.kind); // a cards export just made ticks its step
  const path = congress?.path ?? null;
  const counts = useCounts(path);
  const [hidden, setHidden] = useState(() => (path ? hiddenFor(path) : true));
  if (!congress || !path || !counts || hidden) return null;
  const s = congress.settings;
  const steps: Step[] = [
    { label: 'prep.details', key: 'F4', done: !!(s.name.trim() && s.venue.trim() && s.startDate), go: toView('setup') },
    { label: 'prep.roster', key: 'F3', done: delegates > 0, go: toView('roster') },
    { label: 'prep.cards', key: 'Ctrl+E', done: cardsExported(path), go: () => void useExports.getState().show('cards') },
    { label: 'prep.agenda', key: 'F12', done: counts.agendaSteps > 0, go: toView('agenda') },
    { label: 'prep.ballots', key: 'F7', done: counts.ballots > 0, go: toView('ballots') },
  ];
  if (steps.every((step) => step.done)) return null;
  const hide = () => {
    try {
      localStorage.setItem(HIDDEN + path, '1');
    } catch {
      // private mode: hidden until the window reloads
    }
    setHidden(true);
  };
  return (
    <section className="panel prep-checklist" aria-label={t('prep.title')} data-testid="prep-checklist">
      <h2>{t('prep.title')}</h2>
      <p className="hint">{t('prep.hint')}</p>
      <ol>
        {steps.map((step) => (
          <li key={step.label} className={step.done ? 'done' : 'todo'} data-done={step.done}>
            <span aria-label={t(step.done ? 'prep.done' : 'prep.todo')}>{step.done ? '✓' : '○'}</span>{' '}
            <button type="button" className="link" onClick={step.go}>
              {t(step.label)}
            </button>{' '}
            <kbd>{step.key}</kbd>
          </li>
        ))}
      </ol>
      <button type="button" className="ghost" onClick={hide}>
        {t('prep.hide')}
      </button>
    </section>
  );
}
