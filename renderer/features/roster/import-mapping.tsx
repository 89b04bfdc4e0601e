import { ROSTER_FIELDS, type RosterField } from '../../../shared/domain/delegate';
import type { RosterPreviewData } from '../../../shared/contract/types';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';

/** One select per column of the file: what the app recognised, changeable by hand. */
export function ImportMapping({
  columns,
  onChange,
}: {
  columns: RosterPreviewData['columns'];
  onChange(index: number, field: RosterField | null): void;
}) {
  const t = useT();
  return (
    <section className="import-mapping">
      <h3>{t('import.mapping')}</h3>
      <p className="hint">{t('import.mappingHint')}</p>
      <div className="mapping-grid">
        {columns.map((c) => (
          <label key={c.index} className="field">
            <span>
              {c.letter}: <strong>{c.header || '—'}</strong>
            </span>
            <select
              value={c.field ?? ''}
              aria-label={`${t('import.column')} ${c.letter}`}
              onChange={(e) => onChange(c.index, (e.target.value || null) as RosterField | null)}
            >
              <option value="">{t('field.ignore')}</option>
              {ROSTER_FIELDS.map((f) => (
                <option key={f} value={f}>
                  {t(`field.${f}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </section>
  );
}
