import { useState } from 'react';
import type { Vote } from '../../../shared/contract/vote-types';
import { useNumbers } from '../../i18n/numbers';
import { useT } from '../../i18n/i18n';
import { useProjector } from '../projector-control/projector-store';
import { ReasonForm } from './reason-form';
import { projectVote, queueVote, reopenVote, setVotePresent } from './vote-commands';
import { VoteCountsForm } from './vote-counts-form';
import { VOTE_KEYS } from './vote-keys';

/** One vote: its base, the hands (open) or the result (closed), and what can be done next. */
export function VoteDetail({ vote }: { vote: Vote }) {
  const num = useNumbers();
  const t = useT();
  const [editing, setEditing] = useState<'present' | 'reopen' | null>(null);
  const [present, setPresent] = useState(String(vote.present));
  const onAir = useProjector((s) => s.view?.slide === 'vote_result' && s.view.vote?.id === vote.id);
  const o = vote.outcome;
  return (
    <section className="panel vote-detail" data-testid="vote-detail">
      <header className="vote-head">
        <h1>{vote.question}</h1>
        <span className={`badge state-${vote.state}`} data-testid="vote-state">
          {t(`votes.state.${vote.state}`)}
        </span>
      </header>
      <p className="hint">
        {t(`votes.rule.${vote.rule}`)} · {t('votes.present')} <strong data-testid="vote-present">{num.count(vote.present)}</strong> ·{' '}
        {t('votes.summoned')} {num.count(vote.summoned)}
        {o && <> · {t('votes.required', { n: o.required, base: o.base })}</>}
      </p>
      {vote.state === 'open' ? (
        <>
          <VoteCountsForm key={`${vote.id}-${vote.present}`} vote={vote} />
          {editing === 'present' ? (
            <ReasonForm
              label={t('votes.presentReason')}
              confirm={t('common.save')}
              onCancel={() => setEditing(null)}
              onSubmit={(reason) => void setVotePresent(vote.id, Number(present), reason).then((ok) => ok && setEditing(null))}
            >
              <input
                autoFocus
                inputMode="numeric"
                aria-label={t('votes.presentPrompt')}
                value={present}
                onChange={(e) => setPresent(e.target.value.replace(/\D/g, ''))}
              />
            </ReasonForm>
          ) : (
            <button className="ghost" onClick={() => setEditing('present')}>
              {t('votes.changePresent')}
            </button>
          )}
        </>
      ) : (
        o &&
        vote.counts && (
          <>
            <table className="vote-result" data-testid="vote-result">
              <tbody>
                {(['for', 'against', 'abstain'] as const).map((k) => (
                  <tr key={k}>
                    <th>{t(`votes.${k}`)}</th>
                    <td className="num">{num.count(vote.counts![k])}</td>
                    <td className="num">{o.percent[k]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className={o.passed ? 'vote-outcome ok-text' : 'vote-outcome bad-text'} data-testid="vote-outcome">
              {t(o.passed ? 'votes.passed' : 'votes.notPassed')}
              {o.unanimous && <> · {t('votes.unanimous')}</>}
            </p>
            <div className="row">
              <button
                className={onAir ? 'slide-button on-air' : 'slide-button'}
                onClick={() => void projectVote(vote.id)}
                data-testid="vote-project"
              >
                {t('votes.project')} <kbd>{VOTE_KEYS.project}</kbd>
              </button>
              <button onClick={() => void queueVote(vote.id)} data-testid="vote-queue">
                {t('votes.queue')} <kbd>{VOTE_KEYS.queue}</kbd>
              </button>
              {editing !== 'reopen' && (
                <button className="danger" onClick={() => setEditing('reopen')} data-testid="vote-reopen">
                  {t('votes.reopen')}
                </button>
              )}
            </div>
            {editing === 'reopen' && (
              <ReasonForm
                label={t('votes.reopenReason')}
                confirm={t('votes.reopen')}
                onCancel={() => setEditing(null)}
                onSubmit={(reason) => void reopenVote(vote.id, reason).then((ok) => ok && setEditing(null))}
              />
            )}
          </>
        )
      )}
    </section>
  );
}
