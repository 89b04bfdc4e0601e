import { useApp } from '../../app/app-store';
import { useT } from '../../i18n/i18n';
import { useOpenActions } from '../home/use-open-actions';
import type { MessageKey } from '../../i18n/vi';

const WHAT: Record<string, MessageKey> = {
  deleted: 'fileLost.deleted',
  replaced: 'fileLost.replaced',
  overwritten: 'fileLost.overwritten',
  wal_removed: 'fileLost.walRemoved',
};

/**
 * The open file was taken away under the app (deleted, moved, replaced, written over): the engine
 * has stopped acknowledging, and this stays on screen until the operator opens a file — the
 * emergency copy first of all, which holds everything acknowledged.
 */
export function FileLostDialog() {
  const t = useT();
  const loss = useApp((s) => s.app?.fileLost ?? null);
  const { openPath } = useOpenActions();
  if (!loss) return null;
  return (
    <div className="overlay" role="alertdialog" aria-modal="true" aria-label={t('fileLost.title')}>
      <div className="dialog">
        <h2>{t('fileLost.title')}</h2>
        <p>{t(WHAT[loss.kind]!, { path: loss.path })}</p>
        <p>
          <strong>{t('fileLost.stopped')}</strong>
        </p>
        {loss.emergencyCopy ? (
          <p>{t('fileLost.copy', { copy: loss.emergencyCopy })}</p>
        ) : (
          <p role="alert">{t('fileLost.noCopy', { error: loss.emergencyError ?? '' })}</p>
        )}
        <div className="dialog-actions">
          {loss.emergencyCopy && (
            <button className="primary" autoFocus onClick={() => void openPath(loss.emergencyCopy!)}>
              {t('fileLost.openCopy')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
