import { useState } from 'react';
import { formatCount } from '../../../shared/domain/format';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { useT } from '../../i18n/i18n';
import type { Ballot, Tally } from './ballots-store';

/**
 * The figures the board states in the minutes. Papers issued are typed by the board; "present"
 * was snapshotted from check-in when the ballot opened and changes only with a reason (audited).
 */
export function CountsForm({ ballot, tally }: { ballot: Ballot; tally: Tally | null }) {
  const t = useT();
  const c = ballot.counts;
  const [issued, setIssued] = useState(c.issued === null ? '' : String(c.issued));
  const [present, setPresent] = useState(c.present === null ? '' : String(c.present));
  const [reason, setReason] = useState('');
  // The engine takes counts only until the count; "present" only once snapshotted (open).
  const locked = ballot.state !== 'preparing' && ballot.state !== 'open';
  const presentChanged = present !== (c.present === null ? '' : String(c.present));

  const save = async (input: { issued?: number; present?: number; reason?: string }) => {
    const r = await client().call('ballots:setCounts', { id: ballot.id, ...input });
    if (!r.ok) return useApp.getState().fail(r.error);
    useApp.getState().info(t('progress.countsSaved'));
    setReason('');
  };

  const cell = (label: string, value: number | null, testId: string) => (
    <div className="count-cell" data-testid={testId}>
      <span className="count-label">{label}</span>
      <span className="count-value">{value === null ? '—' : formatCount(value)}</span>
    </div>
  );

  return (
    <div className="counts-form">
      <div className="count-cells">
        {cell(t('counts.summoned'), c.summoned, 'ballot-summoned')}
        {cell(t('counts.present'), c.present, 'ballot-present')}
        {cell(t('progress.issued'), c.issued, 'ballot-issued')}
        {cell(t('progress.returned'), tally?.returned ?? null, 'ballot-returned')}
        {cell(t('progress.valid'), tally?.valid ?? null, 'ballot-valid')}
        {cell(t('progress.invalid'), tally?.invalid ?? null, 'ballot-invalid')}
      </div>
      {tally && c.issued !== null && tally.returned > c.issued && <p className="hint warn">{t('progress.returnedExceeds')}</p>}
      {!locked && (
        <div className="counts-edit">
          <label className="field">
            {t('progress.issuedInput')}
            <span className="row">
              <input type="number" min={0} value={issued} onChange={(e) => setIssued(e.target.value)} data-testid="issued-input" />
              <button type="button" disabled={issued === ''} onClick={() => void save({ issued: Number(issued) })}>
                {t('common.save')}
              </button>
            </span>
          </label>
          {ballot.state === 'open' && (
          <label className="field">
            {t('progress.presentInput')}
            <span className="row">
              <input type="number" min={0} value={present} onChange={(e) => setPresent(e.target.value)} />
              {presentChanged && (
                <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('progress.presentReason')} maxLength={500} />
              )}
              <button type="button" disabled={!presentChanged || present === '' || !reason.trim()} onClick={() => void save({ present: Number(present), reason: reason.trim() })}>
                {t('common.save')}
              </button>
            </span>
          </label>
          )}
        </div>
      )}
    </div>
  );
}
