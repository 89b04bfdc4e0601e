import { useT } from '../../i18n/i18n';
import type { Ballot } from './ballots-store';
import { focusIssuedInput } from './counts-form';

/**
 * «Số phiếu phát ra» left empty reaches the minutes and the result slide as «chưa nhập»: said
 * beside the buttons that count and project, for as long as it is missing, with the way to fix it
 * (the field while the ballot is open; after the count the engine takes it only once reopened).
 */
export function IssuedWarning({ ballot, onReopen }: { ballot: Ballot; onReopen: () => void }) {
  const t = useT();
  if (ballot.state === 'preparing' || ballot.counts.issued !== null) return null;
  const open = ballot.state === 'open';
  return (
    <p className="hint warn issued-warning" data-testid="issued-warning">
      <strong>{t('issued.missing')}</strong> {t(open ? 'issued.missingOpen' : 'issued.missingLocked')}{' '}
      {open ? (
        <button type="button" onClick={focusIssuedInput} data-testid="issued-jump">
          {t('issued.jump')}
        </button>
      ) : (
        <button type="button" onClick={onReopen} data-testid="issued-jump">
          {t('issued.reopen')}
        </button>
      )}
    </p>
  );
}
