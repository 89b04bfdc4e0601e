import { useT } from '../../i18n/i18n';
import { useExports } from './exports-store';

/**
 * A document of the same name is already in the folder (perhaps the signed minutes): nothing is
 * written until the operator says whether to overwrite it or to save the new one beside it.
 */
export function ExportConflict() {
  const t = useT();
  const conflict = useExports((s) => s.conflict);
  const resolve = useExports((s) => s.resolve);
  if (!conflict) return null;
  return (
    <div className="export-conflict" role="alertdialog" aria-label={t('exports.conflictTitle')}>
      <p>
        <strong>{t('exports.conflictTitle')}</strong>
      </p>
      <ul>
        {conflict.existing.map((p) => (
          <li key={p}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
      <p className="hint">{t('exports.conflictExplain')}</p>
      <div className="dialog-actions">
        <button type="button" className="ghost" onClick={() => void resolve(null)}>
          {t('common.cancel')}
        </button>
        <button type="button" onClick={() => void resolve('overwrite')}>
          {t('exports.overwrite')}
        </button>
        <button type="button" className="primary" autoFocus onClick={() => void resolve('new-name')}>
          {t('exports.newName', { name: conflict.suggested.map((p) => p.split(/[\\/]/).pop()).join(', ') })}
        </button>
      </div>
    </div>
  );
}
