import { useEffect, useState } from 'react';
import type { CommandOutput } from '../../../shared/contract/channels';
import { client } from '../../app/client-instance';
import { useT } from '../../i18n/i18n';
import { useAgenda } from './agenda-store';

type Delegate = CommandOutput<'delegates:search'>[number];

/**
 * Adds a speaker: typing a name offers matching delegates (diacritics optional, as at check-in);
 * a name not on the roster is kept as a guest.
 */
export function SpeakerForm({ stepId }: { stepId: number }) {
  const t = useT();
  const run = useAgenda((s) => s.run);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [topic, setTopic] = useState('');
  const [delegate, setDelegate] = useState<Delegate | null>(null);
  const [matches, setMatches] = useState<Delegate[]>([]);
  /** The suggestion ↑/↓ landed on, which Enter picks; -1 = none, and Enter saves the typed name. */
  const [active, setActive] = useState(-1);

  const query = name.trim();
  const searching = !delegate && query.length >= 2;
  useEffect(() => {
    if (!searching) return;
    let live = true;
    void client()
      .call('delegates:search', { query, limit: 6 })
      .then((r) => {
        if (!live) return;
        setMatches(r.ok ? r.value : []);
        setActive(-1);
      });
    return () => {
      live = false;
    };
  }, [query, searching]);
  const shown = searching ? matches : [];

  const pick = (d: Delegate) => {
    setDelegate(d);
    setName(d.fullName);
    setOrganisation(d.unit ?? d.position ?? '');
    setMatches([]);
    setActive(-1);
  };
  const onNameKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (shown.length === 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.max(-1, Math.min(shown.length - 1, active + step)));
    } else if (e.key === 'Enter' && shown[active]) {
      // Picks instead of submitting: the typed text would otherwise be saved as a guest.
      e.preventDefault();
      pick(shown[active]);
    }
  };
  const add = async () => {
    if (!name.trim()) return;
    const saved = await run('speakers:add', { stepId, name, delegateId: delegate?.id ?? null, organisation, topic });
    if (!saved) return;
    setName('');
    setOrganisation('');
    setTopic('');
    setDelegate(null);
  };

  return (
    <form
      className="speaker-form"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <label className="field">
        {t('speakers.name')}
        <input
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setDelegate(null);
          }}
          onKeyDown={onNameKey}
          role="combobox"
          aria-expanded={shown.length > 0}
          aria-controls={`speaker-matches-${stepId}`}
          aria-activedescendant={shown[active] ? `speaker-match-${shown[active].id}` : undefined}
          maxLength={200}
          data-testid="speaker-name-input"
        />
      </label>
      {shown.length > 0 && (
        <ul className="speaker-matches" role="listbox" id={`speaker-matches-${stepId}`}>
          {shown.map((d, i) => (
            <li
              key={d.id}
              id={`speaker-match-${d.id}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
            >
              <button type="button" tabIndex={-1} onClick={() => pick(d)}>
                {d.fullName} <span className="hint">{[d.code, d.unit].filter(Boolean).join(' · ')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{delegate ? t('speakers.delegate', { code: delegate.code }) : name.trim() ? t('speakers.guest') : ''}</p>
      <label className="field">
        {t('speakers.organisation')}
        <input value={organisation} onChange={(e) => setOrganisation(e.target.value)} maxLength={300} data-testid="speaker-org-input" />
      </label>
      <label className="field">
        {t('speakers.topic')}
        <input value={topic} onChange={(e) => setTopic(e.target.value)} maxLength={500} data-testid="speaker-topic-input" />
      </label>
      <button type="submit" disabled={!name.trim()} data-testid="speaker-add">
        {t('speakers.add')}
      </button>
    </form>
  );
}
