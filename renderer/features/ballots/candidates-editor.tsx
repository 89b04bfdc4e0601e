import { useState } from 'react';
import { formatDate } from '../../../shared/domain/format';
import { useT } from '../../i18n/i18n';
import { ballotSize } from './ballot-labels';
import type { Ballot } from './ballots-store';
import { CandidateAdd } from './candidate-add';
import { type CandidateInput, inputsOf, saveCandidates } from './candidate-actions';
import { CandidatesImport } from './candidates-import';

/**
 * The list as it will be printed: numbered in Vietnamese alphabetical order (given name, family,
 * middle, birth date), unless the board overrides the order, which then needs a reason.
 */
export function CandidatesEditor({ ballot }: { ballot: Ballot }) {
  const t = useT();
  const editable = ballot.state === 'preparing';
  const [order, setOrder] = useState<CandidateInput[] | null>(null);
  const [reason, setReason] = useState('');
  const list = order ?? inputsOf(ballot);

  const move = (i: number, step: number) => {
    const next = [...list];
    const [item] = next.splice(i, 1);
    next.splice(i + step, 0, item!);
    setOrder(next);
  };
  const saveOrder = async () => {
    if (order && (await saveCandidates(ballot, order, reason.trim()))) {
      setOrder(null);
      setReason('');
    }
  };

  return (
    <section className="panel candidates-editor" aria-label={t('cand.title')}>
      <h2>
        {t('cand.title')} <span className="hint">{ballotSize(t, ballot.candidates.length, ballot.seats)}</span>
      </h2>
      {editable && (
        <>
          <CandidatesImport ballot={ballot} />
          <CandidateAdd ballot={ballot} />
        </>
      )}
      {ballot.orderOverrideReason && !order && (
        <p className="hint warn">
          {t('cand.overridden', { reason: ballot.orderOverrideReason })}{' '}
          {editable && (
            <button className="link" onClick={() => void saveCandidates(ballot, inputsOf(ballot), null)}>
              {t('cand.backToAlphabetical')}
            </button>
          )}
        </p>
      )}
      <ol className="candidate-list" data-testid="candidate-list">
        {list.map((c, i) => (
          <li key={`${c.name}-${c.birthDate}-${i}`} className="candidate-row">
            <span className="cand-no">{i + 1}</span>
            <span className="cand-name">{c.name}</span>
            <span className="cand-birth">{formatDate(c.birthDate)}</span>
            {editable && (
              <span className="row-actions">
                <button className="ghost" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('cand.up', { name: c.name })}>
                  ↑
                </button>
                <button
                  className="ghost"
                  disabled={i === list.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={t('cand.down', { name: c.name })}
                >
                  ↓
                </button>
                {!order && (
                  <button
                    className="ghost"
                    onClick={() =>
                      void saveCandidates(
                        ballot,
                        list.filter((_, j) => j !== i),
                      )
                    }
                    aria-label={t('cand.remove', { name: c.name })}
                  >
                    ✕
                  </button>
                )}
              </span>
            )}
          </li>
        ))}
      </ol>
      {order && (
        <div className="row order-override">
          <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('cand.orderReason')} maxLength={500} />
          <button className="primary" disabled={!reason.trim()} onClick={() => void saveOrder()}>
            {t('cand.saveOrder')}
          </button>
          <button className="ghost" onClick={() => setOrder(null)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
