import { useApp } from '../../app/app-store';
import { useErrorText, useT } from '../../i18n/i18n';
import { offeredBackup, openOfferedCopy, useBackups } from '../backups/backups-store';
import { useOpenActions } from './use-open-actions';

/**
 * The congress used last did not reopen at start-up (open in another Congress Desk, damaged,
 * missing, a restore interrupted): nothing was opened in its place, not even the demo. Says which
 * file and why, and offers the file itself, its newest usable copy and the list of its copies.
 */
export function StartupProblem() {
  const t = useT();
  const errorText = useErrorText();
  const problem = useApp((s) => s.app?.startupProblem ?? null);
  const actions = useOpenActions();
  const showBackups = useBackups((s) => s.show);
  if (!problem) return null;
  const path = (problem.details as { congressPath?: string } | undefined)?.congressPath;
  const offer = offeredBackup(problem);
  const title = t(problem.code === 'RESTORE_INTERRUPTED' ? 'startup.restoreTitle' : 'startup.title');
  return (
    <section className="startup-problem" role="alert" aria-label={title}>
      <h2>{title}</h2>
      <p>{errorText(problem)}</p>
      <div className="dialog-actions">
        {path && (
          <button onClick={() => void actions.openPath(path)}>{t('startup.retry', { name: path.split(/[\\/]/).pop() ?? path })}</button>
        )}
        {path && <button onClick={() => void showBackups(path)}>{t('recover.list')}</button>}
        {offer && (
          <button className="primary" onClick={() => void openOfferedCopy(offer.congressPath, offer.copy)}>
            {t('recover.open')}
          </button>
        )}
      </div>
    </section>
  );
}
