import { useEffect } from 'react';
import { formatDateTime } from '../../../shared/domain/format';
import { useApp } from '../../app/app-store';
import { useLocale, useT } from '../../i18n/i18n';
import { contentsText, whenText } from '../backups/backup-labels';
import { openOfferedCopy, useBackups } from '../backups/backups-store';
import { useWalRecovery } from './wal-recovery-store';

/**
 * The file opened, but its write-ahead log was damaged and SQLite dropped what followed the damage
 * (main/db/wal-loss.ts): what was lost, to be done again, where the evidence is kept, and the
 * newest copy, which may still hold part of it. Every operator window shows it.
 */
export function WalRecoveryDialog() {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const congress = useApp((s) => s.congress);
  const { shown, see, dismiss } = useWalRecovery();
  const showList = useBackups((s) => s.show);
  useEffect(() => see(congress), [congress, see]);
  if (!shown) return null;
  const { path, notice } = shown;
  const backup = notice.latestBackup;
  const more = notice.lostCommandCount - notice.lostCommands.length;
  return (
    <div className="overlay" role="alertdialog" aria-modal="true" aria-label={t('walRecovery.title')}>
      <div className="dialog wal-recovery">
        <h2>{t('walRecovery.title')}</h2>
        <p>
          {notice.where === 'header' || !notice.lastKept
            ? t('walRecovery.whatHeader', { path })
            : t('walRecovery.what', { path, lastKept: formatDateTime(notice.lastKept.at) })}
        </p>
        <p>
          <strong>{t('walRecovery.lost', { count: notice.lostTransactions })}</strong>
        </p>
        {notice.lostCommands.length > 0 && (
          <ol className="lost-commands" aria-label={t('walRecovery.title')}>
            {notice.lostCommands.map((c, i) => (
              <li key={i}>
                <span className="time">{formatDateTime(c.at).slice(0, 8)}</span> {locale === 'en' ? c.textEn : c.text}
              </li>
            ))}
          </ol>
        )}
        {more > 0 && <p className="hint">{t('walRecovery.more', { n: more })}</p>}
        {notice.forensicError && <p className="hint warn">{t('walRecovery.unnamed', { error: notice.forensicError })}</p>}
        <p className="hint">{t('walRecovery.evidence', { folder: notice.evidenceFolder })}</p>
        <p>{backup ? t('walRecovery.backup', { when: whenText(backup), contents: contentsText(t, backup) }) : t('walRecovery.noBackup')}</p>
        {backup && <p className="hint">{t('recover.explain')}</p>}
        <div className="dialog-actions">
          {backup && (
            <>
              <button
                onClick={() => {
                  dismiss();
                  void showList(path);
                }}
              >
                {t('recover.list')}
              </button>
              <button
                onClick={() => {
                  dismiss();
                  void openOfferedCopy(path, backup);
                }}
              >
                {t('recover.open')}
              </button>
            </>
          )}
          <button className="primary" autoFocus onClick={dismiss}>
            {t('walRecovery.ok')}
          </button>
        </div>
      </div>
    </div>
  );
}
