import type { RosterPreviewData } from '../../../shared/contract/types';
import { formatDate } from '../../../shared/domain/format';
import { type Translate, useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';

export type RosterChanges = NonNullable<RosterPreviewData['changes']>;
type FieldChange = RosterChanges['updated'][number]['fields'][number];

const SHOWN = 300;

/** A stored value as the roster screen shows it: "Nữ", "Chính thức", 05/03/1970, "—" for nothing. */
function valueText(t: Translate, { field }: FieldChange, value: FieldChange['before']): string {
  if (value === null || value === '') return t('common.none');
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (field === 'gender' || field === 'kind' || field === 'status') return t(`${field}.${value}` as MessageKey);
  if (field === 'birthDate') return formatDate(value);
  return value;
}

/** The line the operator reads before confirming: «Thêm 2 · Cập nhật 2 (Họ và tên, Đơn vị) · …». */
export function changesSummary(t: Translate, c: RosterChanges): string {
  const fields = [...new Set(c.updated.flatMap((u) => u.fields.map((f) => f.field)))].map((f) => t(`field.${f}` as MessageKey));
  return t('rosterUpdate.summary', {
    added: c.added.length,
    updated: c.updated.length,
    fields: fields.length ? ` (${fields.join(', ')})` : '',
    unchanged: c.unchanged,
    missing: c.notInFile.length,
  });
}

interface PeopleProps {
  title: string;
  people: { code: string; fullName: string }[];
  testId: string;
  hint?: string;
}

function People({ title, people, testId, hint }: PeopleProps) {
  if (people.length === 0) return null;
  return (
    <section className="import-preview" aria-label={title} data-testid={testId}>
      <h3>{title}</h3>
      <table>
        <tbody>
          {people.slice(0, SHOWN).map((p) => (
            <tr key={p.code}>
              <td>{p.code}</td>
              <td>{p.fullName}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {people.length > SHOWN && <p className="hint">… +{people.length - SHOWN}</p>}
      {hint && <p className="hint warn">{hint}</p>}
    </section>
  );
}

/** What an update will do, field by field (before → after), and whom the file does not list. */
export function ImportChanges({ changes }: { changes: RosterChanges }) {
  const t = useT();
  const lines = changes.updated.flatMap((u) => u.fields.map((f) => ({ u, f })));
  return (
    <>
      <p className="import-summary" data-testid="roster-changes-summary">
        {changesSummary(t, changes)}
      </p>
      {lines.length > 0 && (
        <section className="import-errors" aria-label={t('rosterUpdate.changesTitle')} data-testid="roster-changes">
          <h3>{t('rosterUpdate.changesTitle')}</h3>
          <div className="scroll">
            <table>
              <thead>
                <tr>
                  <th>{t('field.code')}</th>
                  <th>{t('field.fullName')}</th>
                  <th>{t('rosterUpdate.field')}</th>
                  <th>{t('rosterUpdate.change')}</th>
                </tr>
              </thead>
              <tbody>
                {lines.slice(0, SHOWN).map(({ u, f }) => (
                  <tr key={`${u.code}-${f.field}`}>
                    <td>{u.code}</td>
                    <td>{u.fullName}</td>
                    <td>{t(`field.${f.field}` as MessageKey)}</td>
                    <td>
                      {valueText(t, f, f.before)} → {valueText(t, f, f.after)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {lines.length > SHOWN && <p className="hint">… +{lines.length - SHOWN}</p>}
          </div>
        </section>
      )}
      <People title={t('rosterUpdate.addedTitle')} people={changes.added} testId="roster-added" />
      <People
        title={t('rosterUpdate.missingTitle')}
        people={changes.notInFile}
        testId="roster-not-in-file"
        hint={t('rosterUpdate.missingHint')}
      />
    </>
  );
}
