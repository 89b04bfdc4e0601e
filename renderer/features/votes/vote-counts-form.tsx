import { useRef, useState } from 'react';
import type { Vote } from '../../../shared/contract/vote-types';
import { type VoteCounts, voteCountProblem } from '../../../shared/domain/vote';
import { useErrorText, useT } from '../../i18n/i18n';
import { VOTE_KEYS } from './vote-keys';
import { recordVote } from './vote-commands';

type Field = keyof VoteCounts;
const FIELDS: Field[] = ['for', 'against', 'abstain'];
const digits = (s: string) => s.replace(/\D/g, '').slice(0, 6);

/**
 * The three hand counts of an open vote. Tab walks them; each is saved when left (nothing typed is
 * lost); Enter closes the vote, which the engine refuses unless they add up to those present.
 */
export function VoteCountsForm({ vote }: { vote: Vote }) {
  const t = useT();
  const errorText = useErrorText();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<Field, string>>(() => ({
    for: vote.counts ? String(vote.counts.for) : '',
    against: vote.counts ? String(vote.counts.against) : '',
    abstain: vote.counts ? String(vote.counts.abstain) : '',
  }));
  const counts: VoteCounts = { for: Number(values.for || 0), against: Number(values.against || 0), abstain: Number(values.abstain || 0) };
  const sum = counts.for + counts.against + counts.abstain;
  const typed = FIELDS.some((f) => values[f] !== '');
  const problem = typed ? voteCountProblem(counts, vote.present) : null;
  const saveDraft = () => {
    const saved = vote.counts;
    if (typed && (!saved || FIELDS.some((f) => saved[f] !== counts[f]))) void recordVote(vote.id, counts, false);
  };

  return (
    <form
      ref={form}
      className="vote-counts"
      onSubmit={(e) => {
        e.preventDefault();
        // a refused close still keeps what was typed in the last field
        void recordVote(vote.id, counts, true).then((closed) => closed || saveDraft());
      }}
    >
      <div className="vote-count-fields">
        {FIELDS.map((f, i) => (
          <label key={f} className={`vote-count vote-count-${f}`}>
            {t(`votes.${f}`)}
            <input
              inputMode="numeric"
              autoFocus={i === 0}
              value={values[f]}
              onChange={(e) => setValues((v) => ({ ...v, [f]: digits(e.target.value) }))}
              onBlur={saveDraft}
              data-testid={`vote-${f}`}
            />
          </label>
        ))}
      </div>
      <p className={problem ? 'vote-sum bad-text' : 'vote-sum'} data-testid="vote-sum">
        {t('votes.sum', { sum, present: vote.present })}
        {problem && <> · {errorText(problem)}</>}
      </p>
      <div className="row">
        <button type="submit" className="primary" data-testid="vote-close">
          {t('votes.close')} <kbd>Enter</kbd>
        </button>
        <button type="button" onClick={() => void recordVote(vote.id, 'unanimous', true)} data-testid="vote-unanimous">
          {t('votes.unanimous')} <kbd>{VOTE_KEYS.unanimous}</kbd>
        </button>
      </div>
    </form>
  );
}
