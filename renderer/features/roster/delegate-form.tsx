import { useState } from 'react';
import {
  DELEGATE_KINDS,
  DELEGATE_STATUSES,
  type Delegate,
  type DelegateInput,
  EMPTY_DELEGATE_FIELDS,
  GENDERS,
} from '../../../shared/domain/delegate';
import { parseTypedDate } from '../../../shared/domain/dates';
import { formatDate } from '../../../shared/domain/format';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { useErrorText, useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';

const TEXT_FIELDS: [keyof DelegateInput, MessageKey][] = [
  ['ethnicity', 'field.ethnicity'],
  ['religion', 'field.religion'],
  ['education', 'field.education'],
  ['position', 'field.position'],
  ['unit', 'field.unit'],
  ['group', 'field.group'],
  ['seat', 'field.seat'],
];

const EMPTY: DelegateInput = { ...EMPTY_DELEGATE_FIELDS, code: null, fullName: '', status: 'official' };

/** Add or edit one delegate by hand; removal keeps the attendance history (a soft delete). */
export function DelegateForm({ delegate, onClose }: { delegate: Delegate | null; onClose(): void }) {
  const t = useT();
  const errorText = useErrorText();
  const [d, setD] = useState<DelegateInput>(delegate ?? EMPTY);
  const [birth, setBirth] = useState(formatDate(delegate?.birthDate ?? null));
  const [error, setError] = useState<string | null>(null);
  const [removal, setRemoval] = useState<string | null>(null);
  const set = <K extends keyof DelegateInput>(k: K, v: DelegateInput[K]) => setD({ ...d, [k]: v });
  const text = (k: keyof DelegateInput) => (d[k] as string | null) ?? '';

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const birthDate = birth.trim() ? parseTypedDate(birth) : null;
    if (birth.trim() && !birthDate) return setError(`${t('field.birthDate')}: «${birth}»`);
    const input = { ...d, birthDate };
    const r = delegate
      ? await client().call('delegates:update', { ...input, id: delegate.id, code: input.code ?? delegate.code })
      : await client().call('delegates:create', input);
    if (!r.ok) return setError(errorText(r.error));
    useApp.getState().info(t('roster.saved', { name: r.value.fullName }));
    onClose();
  };

  const remove = async () => {
    if (!delegate || removal === null) return;
    const r = await client().call('delegates:remove', { id: delegate.id, reason: removal.trim() || undefined });
    if (!r.ok) return setError(errorText(r.error));
    useApp.getState().info(t('roster.removed', { name: delegate.fullName }));
    onClose();
  };

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t(delegate ? 'roster.editTitle' : 'roster.addTitle')}>
      <form className="dialog wide" onSubmit={(e) => void save(e)} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <h2>{t(delegate ? 'roster.editTitle' : 'roster.addTitle')}</h2>
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-grid">
          <label className="field span-2">
            {t('field.fullName')}
            <input autoFocus required maxLength={200} value={d.fullName} onChange={(e) => set('fullName', e.target.value)} />
          </label>
          <label className="field">
            {t('field.code')}
            <input
              maxLength={40}
              value={d.code ?? ''}
              placeholder={t('field.codeHint')}
              onChange={(e) => set('code', e.target.value || null)}
            />
          </label>
          <label className="field">
            {t('field.gender')}
            <select value={d.gender ?? ''} onChange={(e) => set('gender', (e.target.value || null) as DelegateInput['gender'])}>
              <option value="">{t('common.none')}</option>
              {GENDERS.map((g) => (
                <option key={g} value={g}>
                  {t(`gender.${g}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t('field.birthDate')}
            <input value={birth} onChange={(e) => setBirth(e.target.value)} placeholder="15/01/1970" />
          </label>
          <label className="field">
            {t('field.partyMember')}
            <select
              value={d.partyMember === null ? '' : String(d.partyMember)}
              onChange={(e) => set('partyMember', e.target.value === '' ? null : e.target.value === 'true')}
            >
              <option value="">{t('common.none')}</option>
              <option value="true">{t('common.yes')}</option>
              <option value="false">{t('common.no')}</option>
            </select>
          </label>
          <label className="field">
            {t('field.kind')}
            <select value={d.kind ?? ''} onChange={(e) => set('kind', (e.target.value || null) as DelegateInput['kind'])}>
              <option value="">{t('common.none')}</option>
              {DELEGATE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t('field.status')}
            <select value={d.status} onChange={(e) => set('status', e.target.value as DelegateInput['status'])}>
              {DELEGATE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          {TEXT_FIELDS.map(([k, label]) => (
            <label key={k} className={k === 'position' || k === 'unit' ? 'field span-2' : 'field'}>
              {t(label)}
              <input maxLength={500} value={text(k)} onChange={(e) => set(k, (e.target.value || null) as never)} />
            </label>
          ))}
        </div>
        {removal !== null && (
          <label className="field removal">
            {t('roster.removeReason')}
            <span className="row">
              <input autoFocus maxLength={500} value={removal} onChange={(e) => setRemoval(e.target.value)} />
              <button type="button" className="danger" onClick={() => void remove()}>
                {t('common.confirm')}
              </button>
            </span>
          </label>
        )}
        <div className="dialog-actions">
          {delegate && removal === null && (
            <button type="button" className="danger" onClick={() => setRemoval('')}>
              {t('roster.remove')}
            </button>
          )}
          <span className="spacer" />
          <button type="button" className="ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('common.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
