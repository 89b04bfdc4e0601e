import { useState } from 'react';
import type { BackupInfo } from '../../../shared/contract/backup-channels';
import { useApp } from '../../app/app-store';
import { useErrorText, useT } from '../../i18n/i18n';
import { useEscape } from '../common/use-escape';
import { contentsText, lastChange, whenText } from './backup-labels';
import { useBackups } from './backups-store';
import { SecondFolderForm } from './second-folder-form';

/** Tệp ▸ Sao lưu và khôi phục: every copy with when and what, restore, back up now, the second folder. */
export function BackupsDialog() {
  const t = useT();
  const errorText = useErrorText();
  const { open, list, busy, congressPath, hide, backUpNow, restore } = useBackups();
  const info = useApp((s) => s.info);
  const [pending, setPending] = useState<BackupInfo | null>(null);
  // Escape steps back: out of the restore confirmation first, then out of the dialog.
  useEscape(pending ? () => setPending(null) : hide, open);
  if (!open) return null;

  const confirm = async () => {
    if (!pending) return;
    const when = whenText(pending);
    setPending(null);
    if (await restore(pending)) info(t('backups.restored', { when }));
  };
  const now = async () => {
    const copy = await backUpNow();
    if (copy) info(t('backups.made', { name: copy.name }));
  };

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('backups.title')}>
      <div className="dialog wide backups-dialog">
        <h2>{t('backups.title')}</h2>
        <p className="hint">{t('backups.intro')}</p>
        {list && <p className="hint">{t('backups.folder', { folder: list.folder })}</p>}
        {list?.lastError && <p className="hint warn">{t('backups.lastError', { error: errorText(list.lastError) })}</p>}
        {list?.secondFolderError && <p className="hint warn">{t('backups.secondError', { error: errorText(list.secondFolderError) })}</p>}
        {pending && (
          <div className="backups-confirm" role="alertdialog" aria-label={t('backups.restore')}>
            <p>{t('backups.confirmRestore', { when: whenText(pending) })}</p>
            <div className="row-actions">
              <button className="ghost" onClick={() => setPending(null)}>
                {t('common.cancel')}
              </button>
              <button className="primary" autoFocus disabled={busy} onClick={() => void confirm()}>
                {t('backups.restore')}
              </button>
            </div>
          </div>
        )}
        {list && list.copies.length === 0 && <p>{t('backups.empty')}</p>}
        {list && list.copies.length > 0 && (
          <table className="backups-table" data-testid="backups-table">
            <thead>
              <tr>
                <th>{t('backups.when')}</th>
                <th>{t('backups.why')}</th>
                <th>{t('backups.where')}</th>
                <th>{t('backups.contents')}</th>
                <th>{t('backups.lastChange')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.copies.map((copy) => (
                <tr key={copy.file} className={copy.usable ? undefined : 'unusable'} title={copy.file}>
                  <td className="nowrap">{whenText(copy)}</td>
                  <td>{t(`backups.reason.${copy.reason}`)}</td>
                  <td>{t(`backups.folder.${copy.folder}`)}</td>
                  <td>{contentsText(t, copy)}</td>
                  <td title={lastChange(t, copy).detail}>{lastChange(t, copy).text}</td>
                  <td className="row-actions">
                    <button disabled={!copy.usable || busy} onClick={() => setPending(copy)}>
                      {t('backups.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <SecondFolderForm />
        <div className="dialog-actions">
          {!congressPath && (
            <button disabled={busy} onClick={() => void now()}>
              {t('backups.now')}
            </button>
          )}
          <button className="ghost" onClick={hide}>
            {t('common.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
