import { useState } from 'react';
import type { CommandName } from '../../../shared/contract/channels';
import type { SlideKind } from '../../../shared/domain/projector';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { useProjector } from '../projector-control/projector-store';
import { type Ballot, type BallotProgress, useBallots } from './ballots-store';
import { IssuedWarning } from './issued-warning';

type StepChannel = Extract<CommandName, 'ballots:open' | 'ballots:count' | 'ballots:publish' | 'ballots:finalize'>;

/** Per state: the next step, its button, and what the notice says once it is done. */
const STEP: Partial<Record<Ballot['state'], [StepChannel, MessageKey, MessageKey]>> = {
  preparing: ['ballots:open', 'action.open', 'action.done.open'],
  open: ['ballots:count', 'action.count', 'action.done.count'],
  counted: ['ballots:publish', 'action.publish', 'action.done.publish'],
  published: ['ballots:finalize', 'action.finalize', 'action.done.finalize'],
};

/**
 * The ballot's life, one step at a time: open → count → publish → finalize. Nothing reaches the
 * projector before "published"; reopening a counted ballot needs a reason (audited).
 */
export function BallotActions({ ballot, progress }: { ballot: Ballot; progress: BallotProgress | null }) {
  const t = useT();
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  // Counting with no papers issued leaves "—" in the minutes: the first press only warns, the second counts.
  const [issuedWarned, setIssuedWarned] = useState(false);
  const issuedMissing = ballot.state === 'open' && ballot.counts.issued === null;
  const onAir = useProjector((s) => s.view);
  const step = STEP[ballot.state];
  const fail = useApp.getState().fail;
  const blocked =
    (ballot.state === 'preparing' && ballot.candidates.length === 0) ||
    (ballot.state === 'open' && (progress?.discrepancies.length ?? 0) > 0);

  const run = async ([channel, , done]: [StepChannel, MessageKey, MessageKey]) => {
    if (channel === 'ballots:count' && issuedMissing && !issuedWarned) return setIssuedWarned(true);
    const r = await client().call(channel, { id: ballot.id });
    if (!r.ok) return fail(r.error);
    useApp.getState().info(t(done));
    if (channel === 'ballots:open') useBallots.getState().setPane('entry');
    if (channel === 'ballots:count') useBallots.getState().setPane('count');
  };
  const reopen = async () => {
    const r = await client().call('ballots:reopen', { id: ballot.id, reason: reason.trim() });
    if (!r.ok) return fail(r.error);
    setReopening(false);
    setReason('');
  };
  const nextRound = async () => {
    const tie = progress?.tally.tie;
    const r = await client().call('ballots:nextRound', { id: ballot.id, candidateNumbers: tie ? tie.numbers : undefined });
    if (!r.ok) return fail(r.error);
    await useBallots.getState().loadList();
    await useBallots.getState().select(r.value.id, 'setup');
  };
  const project = async (slide: SlideKind) => {
    const r = await client().call('projector:set', { slide, ballotId: ballot.id });
    if (!r.ok) fail(r.error);
  };

  const decided = ballot.state === 'counted' || ballot.state === 'published' || ballot.state === 'finalized';
  const public_ = ballot.state === 'published' || ballot.state === 'finalized';
  const needsRound = decided && progress && (progress.tally.tie !== null || progress.tally.seatsOpen > 0);
  const isOnAir = (slide: SlideKind) => onAir?.slide === slide && onAir.ballot?.ballot.id === ballot.id;

  return (
    <div className="ballot-actions">
      {step && (
        <button className="primary" disabled={blocked} onClick={() => void run(step)} data-testid="ballot-step">
          {t(issuedMissing && issuedWarned ? 'action.countWithoutIssued' : step[1])}
        </button>
      )}
      {issuedMissing && issuedWarned && (
        <span className="hint warn" role="alert" data-testid="issued-missing">
          {t('action.issuedMissing')}
        </span>
      )}
      {blocked && ballot.state === 'open' && <span className="hint warn">{t('action.blockedDiscrepancies')}</span>}
      <IssuedWarning ballot={ballot} onReopen={() => setReopening(true)} />
      {public_ && (
        <>
          <button
            className={isOnAir('ballot_result') ? 'slide-button on-air' : 'slide-button'}
            onClick={() => void project('ballot_result')}
          >
            {t('action.projectResult')}
          </button>
          <button
            className={isOnAir('ballot_elected') ? 'slide-button on-air' : 'slide-button'}
            onClick={() => void project('ballot_elected')}
          >
            {t('action.projectElected')}
          </button>
        </>
      )}
      {needsRound && <button onClick={() => void nextRound()}>{t(progress.tally.tie ? 'action.rerunTie' : 'action.nextRound')}</button>}
      {decided && !reopening && (
        <button className="danger" onClick={() => setReopening(true)}>
          {t('action.reopen')}
        </button>
      )}
      {reopening && (
        <form
          className="row reopen"
          onSubmit={(e) => {
            e.preventDefault();
            void reopen();
          }}
        >
          <input
            autoFocus
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder={t('action.reopenReason')}
            maxLength={500}
          />
          <button type="submit" className="danger" disabled={!reason.trim()}>
            {t('action.reopenConfirm')}
          </button>
          <button type="button" className="ghost" onClick={() => setReopening(false)}>
            {t('common.cancel')}
          </button>
        </form>
      )}
    </div>
  );
}
