import { useMemo, useRef, useState } from 'react';
import { checkAggregate } from '../../../shared/domain/tally';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { useErrorText, useT } from '../../i18n/i18n';
import { type Ballot, useBallots } from './ballots-store';

type Field = 'valid' | 'invalid' | 'list' | `c${number}`;

const digits = (s: string) => s.replace(/\D/g, '').slice(0, 6);
const num = (s: string) => (s === '' ? 0 : Number(s));

/**
 * Totals instead of papers: a board that counted by hand, or a show of hands (per name, or one vote
 * for the whole list). The same cross-checks as the engine run as the numbers are typed, so a
 * mistake shows before Enter; the engine checks again and refuses anything inconsistent.
 */
export function AggregateForm({ ballot }: { ballot: Ballot }) {
  const t = useT();
  const errorText = useErrorText();
  const hands = ballot.method !== 'paper';
  const wholeList = ballot.method === 'hands_whole_list';
  const [values, setValues] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const get = (f: Field) => values[f] ?? '';

  const aggregate = useMemo(() => {
    const votes: Record<number, number> = {};
    for (const c of ballot.candidates) votes[c.number] = num(values[wholeList ? 'list' : `c${c.number}`] ?? '');
    return { valid: num(values.valid ?? ''), invalid: hands ? 0 : num(values.invalid ?? ''), votes };
  }, [values, ballot.candidates, hands, wholeList]);

  const problems = useMemo(() => {
    const issued = ballot.counts.issued ?? aggregate.valid + aggregate.invalid;
    const counts = { summoned: ballot.counts.summoned ?? 0, present: ballot.counts.present ?? 0, issued };
    return checkAggregate({ seats: ballot.seats, candidates: ballot.candidates, counts, aggregate });
  }, [aggregate, ballot]);
  const complete = get('valid') !== '' && (hands || get('invalid') !== '');

  const submit = async () => {
    if (!complete || problems.length > 0 || busy) return;
    setBusy(true);
    const votes = Object.fromEntries(Object.entries(aggregate.votes).map(([k, v]) => [k, v]));
    const r = await client().call('ballots:aggregate', { ballotId: ballot.id, valid: aggregate.valid, invalid: aggregate.invalid, votes });
    setBusy(false);
    if (!r.ok) return useApp.getState().fail(r.error);
    useApp.getState().info(t('agg.saved'));
    useBallots.getState().setPane('count');
  };

  /** Enter walks down the form like a column of a tally sheet; on the last number it saves. */
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const inputs = [...(form.current?.querySelectorAll('input') ?? [])];
    const next = inputs[inputs.indexOf(e.currentTarget) + 1];
    if (next && !e.ctrlKey) next.focus();
    else void submit();
  };
  const input = (f: Field, label: string, autoFocus = false) => (
    <input
      inputMode="numeric"
      aria-label={label}
      autoFocus={autoFocus}
      value={get(f)}
      onChange={(e) => setValues((v) => ({ ...v, [f]: digits(e.target.value) }))}
      onKeyDown={onKeyDown}
      data-testid={`agg-${f}`}
    />
  );

  return (
    <form ref={form} className="panel aggregate-form" data-testid="aggregate-form" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <h3>{t(hands ? (wholeList ? 'agg.titleList' : 'agg.titleHands') : 'agg.titlePaper')}</h3>
      <p className="hint">{t('agg.keys')}</p>
      <div className="aggregate-totals">
        <label className="field">
          {t(hands ? 'agg.voters' : 'agg.valid')}
          {input('valid', t(hands ? 'agg.voters' : 'agg.valid'), true)}
        </label>
        {!hands && (
          <label className="field">
            {t('agg.invalid')}
            {input('invalid', t('agg.invalid'))}
          </label>
        )}
        {wholeList && (
          <label className="field">
            {t('agg.forList')}
            {input('list', t('agg.forList'))}
          </label>
        )}
      </div>
      {!wholeList && (
        <table className="aggregate-votes">
          <thead>
            <tr>
              <th className="num">{t('tally.number')}</th>
              <th>{t('tally.name')}</th>
              <th>{t(hands ? 'agg.forName' : 'tally.votes')}</th>
            </tr>
          </thead>
          <tbody>
            {ballot.candidates.map((c) => (
              <tr key={c.number} className={problems.some((p) => p.candidate === c.number) ? 'has-problem' : undefined}>
                <td className="num">{c.number}</td>
                <td>{c.name}</td>
                <td>{input(`c${c.number}`, `${c.number}. ${c.name}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {problems.length > 0 && (get('valid') !== '' || Object.keys(values).length > 1) && (
        <ul className="notice notice-warn aggregate-problems" role="alert" data-testid="agg-problems">
          {problems.map((p, i) => (
            <li key={i}>{errorText(p)}</li>
          ))}
        </ul>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={!complete || problems.length > 0 || busy} data-testid="agg-save">
          {t('agg.save', { count: ballot.candidates.length })}
        </button>
      </div>
    </form>
  );
}
