import type { RosterPreviewData } from '../../../shared/contract/types';
import { t as sharedText } from '../../../shared/i18n/translator';
import { listColumnText } from '../../../shared/i18n/messages';
import { useNumbers } from '../../i18n/numbers';
import { useLocale, useT } from '../../i18n/i18n';

const SHOWN = 300;

/** Every bad row with its row number, column and reason, as the file's owner needs to fix it. */
export function ImportErrors({ errors }: { errors: RosterPreviewData['errors'] }) {
  const num = useNumbers();
  const t = useT();
  const locale = useLocale((s) => s.locale);
  if (errors.length === 0) return null;
  return (
    <section className="import-errors" aria-label={t('import.errors')}>
      <h3>{t('import.errors')}</h3>
      <div className="scroll">
        <table>
          <thead>
            <tr>
              <th>{t('import.row')}</th>
              <th>{t('import.column')}</th>
              <th>{t('import.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {errors.slice(0, SHOWN).map((e, i) => (
              <tr key={`${e.row}-${i}`}>
                <td className="num">{e.row}</td>
                <td>{listColumnText(locale, e.column)}</td>
                <td>{sharedText(locale, e.key, e.params)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {errors.length > SHOWN && <p className="hint">… +{num.count(errors.length - SHOWN)}</p>}
      </div>
    </section>
  );
}
