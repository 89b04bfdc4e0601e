import type { RosterPreviewData } from '../../../shared/contract/types';
import { formatDate } from '../../../shared/domain/format';
import { useT } from '../../i18n/i18n';

const SHOWN = 8;

/** The first rows as they will be stored, so the operator sees the mapping is right. */
export function ImportPreviewTable({ rows }: { rows: RosterPreviewData['rows'] }) {
  const t = useT();
  const good = rows.filter((r) => r.delegate).slice(0, SHOWN);
  if (good.length === 0) return null;
  return (
    <section className="import-preview">
      <h3>{t('import.preview')}</h3>
      <table>
        <thead>
          <tr>
            <th>{t('import.row')}</th>
            <th>{t('field.code')}</th>
            <th>{t('field.fullName')}</th>
            <th>{t('field.gender')}</th>
            <th>{t('field.birthDateShort')}</th>
            <th>{t('field.group')}</th>
            <th>{t('field.kind')}</th>
            <th>{t('field.status')}</th>
          </tr>
        </thead>
        <tbody>
          {good.map(({ row, delegate: d }) => (
            <tr key={row}>
              <td className="num">{row}</td>
              <td>{d!.code ?? '—'}</td>
              <td>{d!.fullName}</td>
              <td>{d!.gender ? t(`gender.${d!.gender}`) : ''}</td>
              <td>{formatDate(d!.birthDate)}</td>
              <td>{d!.group}</td>
              <td>{d!.kind ? t(`kind.${d!.kind}`) : ''}</td>
              <td>{t(`status.${d!.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
