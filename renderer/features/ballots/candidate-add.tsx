import { useMemo, useState } from 'react';
import { parseTypedDate } from '../../../shared/domain/dates';
import { formatDate } from '../../../shared/domain/format';
import { useT } from '../../i18n/i18n';
import { filterDelegates, useRoster } from '../roster/roster-store';
import type { Ballot } from './ballots-store';
import { inputsOf, saveCandidates } from './candidate-actions';

/** Add by hand (name and birth date as typed in Vietnam), or pick a delegate, searched without diacritics. */
export function CandidateAdd({ ballot }: { ballot: Ballot }) {
  const t = useT();
  const [name, setName] = useState('');
  const [birth, setBirth] = useState('');
  const [query, setQuery] = useState('');
  const delegates = useRoster((s) => s.delegates);
  const onList = useMemo(() => new Set(ballot.candidates.map((c) => c.delegateId).filter((id) => id !== null)), [ballot.candidates]);
  const matches = useMemo(
    () =>
      query.trim()
        ? filterDelegates(delegates, query)
            .filter((d) => !onList.has(d.id))
            .slice(0, 8)
        : [],
    [delegates, query, onList],
  );
  const birthDate = birth.trim() ? parseTypedDate(birth) : null;
  const birthBad = birth.trim() !== '' && birthDate === null;

  const addByHand = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!name.trim() || birthBad) return;
    if (await saveCandidates(ballot, [...inputsOf(ballot), { name: name.trim(), birthDate }])) {
      setName('');
      setBirth('');
    }
  };
  const pick = async (id: number) => {
    const d = delegates.find((x) => x.id === id);
    if (!d) return;
    if (await saveCandidates(ballot, [...inputsOf(ballot), { name: d.fullName, birthDate: d.birthDate, delegateId: d.id }])) setQuery('');
  };

  return (
    <div className="candidate-add">
      <form className="row" onSubmit={(e) => void addByHand(e)} aria-label={t('cand.addByHand')}>
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t('field.fullName')}
          aria-label={t('field.fullName')}
          maxLength={200}
        />
        <input
          className={birthBad ? 'bad' : ''}
          value={birth}
          onChange={(e) => setBirth(e.target.value)}
          placeholder={t('field.birthDate')}
          aria-label={t('field.birthDateShort')}
          style={{ maxWidth: 230 }}
        />
        <button type="submit" disabled={!name.trim() || birthBad}>
          {t('cand.add')}
        </button>
      </form>
      <div className="delegate-pick">
        <input
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('cand.pickSearch')}
          aria-label={t('cand.pickSearch')}
        />
        {matches.length > 0 && (
          <ul className="pick-list" aria-label={t('cand.pickSearch')}>
            {matches.map((d) => (
              <li key={d.id}>
                <button type="button" className="link" onClick={() => void pick(d.id)}>
                  {d.fullName}
                </button>
                <span className="hint">
                  {' '}
                  {formatDate(d.birthDate)} {d.unit ?? ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
