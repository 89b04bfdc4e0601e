import { useApp } from '../../app/app-store';
import { useErrorText, useT } from '../../i18n/i18n';
import { contentsText, whenText } from './backup-labels';
import { offeredBackup, openOfferedCopy, useBackups } from './backups-store';

/**
 * A congress file would not open (damaged, from a newer app, not a congress file, open elsewhere):
 * the refusal carries the newest usable copy, offered here. The original is never touched.
 */
export function RecoverOffer() {
  const t = useT();
  const errorText = useErrorText();
  const notice = useApp((s) => s.notice);
  const dismiss = useApp((s) => s.dismiss);
  const showList = useBackups((s) => s.show);
  const offer = offeredBackup(notice?.error);
  if (!offer || !notice?.error) return null;
  return (
    <div className="overlay" role="alertdialog" aria-modal="true" aria-label={t('recover.title')}>
      <div className="dialog">
        <h2>{t('recover.title')}</h2>
        <p>{errorText(notice.error)}</p>
        <p>
          <strong>{t('recover.latest', { when: whenText(offer.copy), contents: contentsText(t, offer.copy) })}</strong>
        </p>
        <p className="hint">{t('recover.explain')}</p>
        <div className="dialog-actions">
          <button className="ghost" onClick={dismiss}>
            {t('common.close')}
          </button>
          <button
            onClick={() => {
              dismiss();
              void showList(offer.congressPath);
            }}
          >
            {t('recover.list')}
          </button>
          <button className="primary" autoFocus onClick={() => void openOfferedCopy(offer.congressPath, offer.copy)}>
            {t('recover.open')}
          </button>
        </div>
      </div>
    </div>
  );
}
