import { useState } from 'react';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { useNumbers } from '../../i18n/numbers';
import { useT } from '../../i18n/i18n';
import type { Ballot, Tally } from './ballots-store';

const ISSUED_INPUT_ID = 'ballot-issued-input';

/** The jump from a warning that the papers issued are missing (issued-warning.tsx): the field, ready to type. */
export function focusIssuedInput(): void {
  const input = document.getElementById(ISSUED_INPUT_ID);
  input?.scrollIntoView?.({ block: 'center' });
  input?.focus();
}

/**
 * The figures the board states in the minutes. Papers issued are typed by the board; "present"
 * was snapshotted from check-in when the ballot opened and changes only with a reason (audited).
 */
export function CountsForm({ ballot, tally }: { ballot: Ballot; tally: Tally | null }) {
  const num = useNumbers();
  const t = useT();
  const c = ballot.counts;
  const [issued, setIssued] = useState(c.issued === null ? '' : String(c.issued));
  // The engine takes counts only until the count; "present" only once snapshotted (open).
  const locked = ballot.state !== 'preparing' && ballot.state !== 'open';

  const cell = (label: string, value: number | null, testId: string) => (
    <div className="count-cell" data-testid={testId}>
      <span className="count-label">{label}</span>
      <span className="count-value">{value === null ? '—' : num.count(value)}</span>
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
          {/* A form, so Enter in the field saves like the button: the board types the figure and moves on. */}
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (issued !== '') void saveCounts(ballot, { issued: Number(issued) }, t('progress.countsSaved'));
            }}
          >
            <label className="field">
              {t('progress.issuedInput')}
              <span className="row">
                <input
                  id={ISSUED_INPUT_ID}
                  type="number"
                  min={0}
                  value={issued}
                  onChange={(e) => setIssued(e.target.value)}
                  data-testid="issued-input"
                />
                <button type="submit" disabled={issued === ''}>
                  {t('common.save')}
                </button>
              </span>
            </label>
          </form>
          {ballot.state === 'open' && <SnapshotField ballot={ballot} which="present" label={t('progress.presentInput')} />}
          {ballot.state === 'open' && ballot.rules.base === 'summoned' && (
            <SnapshotField ballot={ballot} which="summoned" label={t('progress.summonedInput')} hint={t('progress.summonedHint')} />
          )}
        </div>
      )}
    </div>
  );
}

async function saveCounts(
  ballot: Ballot,
  input: { issued?: number; present?: number; summoned?: number; reason?: string },
  done: string,
): Promise<boolean> {
  const r = await client().call('ballots:setCounts', { id: ballot.id, ...input });
  if (!r.ok) {
    useApp.getState().fail(r.error);
    return false;
  }
  useApp.getState().info(done);
  return true;
}

/** A count snapshotted when entry opened (present, or summoned for the Party base): changes need a reason. */
function SnapshotField({ ballot, which, label, hint }: { ballot: Ballot; which: 'present' | 'summoned'; label: string; hint?: string }) {
  const t = useT();
  const stored = ballot.counts[which];
  const [value, setValue] = useState(stored === null ? '' : String(stored));
  const [reason, setReason] = useState('');
  const changed = value !== (stored === null ? '' : String(stored));
  const save = async () => {
    if (await saveCounts(ballot, { [which]: Number(value), reason: reason.trim() }, t('progress.countsSaved'))) setReason('');
  };
  return (
    <label className="field">
      {label}
      <span className="row">
        <input type="number" min={0} value={value} onChange={(e) => setValue(e.target.value)} data-testid={`${which}-input`} />
        {changed && (
          <input
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder={t('progress.presentReason')}
            maxLength={500}
            data-testid={`${which}-reason`}
          />
        )}
        <button type="button" disabled={!changed || value === '' || !reason.trim()} onClick={() => void save()}>
          {t('common.save')}
        </button>
      </span>
      {hint && <span className="hint">{hint}</span>}
    </label>
  );
}
