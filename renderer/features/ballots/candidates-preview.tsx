import type { CommandOutput } from '../../../shared/contract/channels';
import { formatDate } from '../../../shared/domain/format';
import { useT } from '../../i18n/i18n';
import { useEnterConfirm } from '../common/use-enter-confirm';
import { useEscape } from '../common/use-escape';
import { ImportErrors } from '../roster/import-errors';

export type CandidatesPreviewData = CommandOutput<'ballots:previewCandidates'>;

interface Props {
  preview: CandidatesPreviewData;
  /** How many are on the list now: the import replaces them. */
  current: number;
  busy: boolean;
  onConfirm(): void;
  onClose(): void;
}

/**
 * The list a file gives, before it is imported (as the roster has): every name with its row and birth
 * date, or every bad row with its column and why. Enter imports, Esc closes; a file with a bad row
 * imports nobody.
 */
export function CandidatesPreview({ preview, current, busy, onConfirm, onClose }: Props) {
  const t = useT();
  const { candidates, errors } = preview;
  const errorRows = new Set(errors.map((e) => e.row)).size;
  const blocked = busy || errors.length > 0 || candidates.length === 0;
  useEscape(onClose);
  useEnterConfirm(onConfirm, !blocked);
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('candImport.title')}>
      <div className="dialog wide import-dialog" data-testid="candidates-preview">
        <h2>{t('candImport.title')}</h2>
        <p className="import-summary">{t('candImport.summary', { file: preview.fileName, count: candidates.length })}</p>
        <ImportErrors errors={errors} />
        {errorRows > 0 && <p className="hint warn">{t('candImport.errorRows', { count: errorRows })}</p>}
        {candidates.length === 0 && errors.length === 0 && <p className="hint warn">{t('candImport.empty')}</p>}
        {errors.length === 0 && candidates.length > 0 && (
          <section className="import-preview">
            <div className="scroll">
              <table>
                <thead>
                  <tr>
                    <th className="num">{t('import.row')}</th>
                    <th>{t('field.fullName')}</th>
                    <th>{t('field.birthDateShort')}</th>
                  </tr>
                </thead>
                <tbody>
                  {candidates.map((c) => (
                    <tr key={c.row}>
                      <td className="num">{c.row}</td>
                      <td>{c.name}</td>
                      <td>{formatDate(c.birthDate)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="hint">{t('candImport.order')}</p>
            {current > 0 && <p className="hint warn">{t('candImport.replaces', { count: current })}</p>}
          </section>
        )}
        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="primary" disabled={blocked} onClick={onConfirm} data-testid="candidates-confirm">
            {t('candImport.confirm', { count: candidates.length })}
          </button>
        </div>
      </div>
    </div>
  );
}
