import { useState } from 'react';
import { QUORUM_RULES } from '../../../shared/domain/attendance';
import type { CongressSettings } from '../../../shared/contract/types';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { DateField } from '../common/date-field';
import { SessionsEditor } from './sessions-editor';

const TEXT: [keyof CongressSettings, MessageKey, boolean][] = [
  ['name', 'setup.name', true],
  ['term', 'setup.term', false],
  ['level', 'setup.level', false],
  ['venue', 'setup.venue', true],
  ['theme', 'setup.theme', true],
  ['organiser', 'setup.organiser', true],
];

const RULE_LABEL: Record<CongressSettings['quorumRule'], MessageKey> = {
  two_thirds: 'quorum.two_thirds',
  more_than_half: 'quorum.more_than_half',
  none: 'quorum.rule_none',
};

/** The congress's identity, entered once, used on the projector and every document. */
export function SetupScreen() {
  const congress = useApp((s) => s.congress)!;
  // Keyed on the stored settings: a change from elsewhere (another window) resets the form.
  return (
    <section className="setup-screen">
      <SettingsForm key={JSON.stringify(congress.settings)} settings={congress.settings} path={congress.path} />
      <SessionsEditor />
    </section>
  );
}

function SettingsForm({ settings, path }: { settings: CongressSettings; path: string }) {
  const t = useT();
  const [form, setForm] = useState<CongressSettings>(settings);
  const set = <K extends keyof CongressSettings>(k: K, v: CongressSettings[K]) => setForm({ ...form, [k]: v });

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await client().call('congress:update', { ...form, startDate: form.startDate || null, endDate: form.endDate || null });
    if (r.ok) useApp.getState().info(t('setup.saved'));
    else useApp.getState().fail(r.error);
  };

  return (
    <form className="panel setup-form" onSubmit={(e) => void save(e)}>
      <h1>{t('setup.title')}</h1>
      <p className="hint">{t('setup.lead')}</p>
      <div className="form-grid">
        {TEXT.map(([k, label, wide]) => (
          <label key={k} className={wide ? 'field span-2' : 'field'}>
            {t(label)}
            <input value={form[k] as string} maxLength={500} required={k === 'name'} onChange={(e) => set(k, e.target.value)} />
          </label>
        ))}
        <DateField label={t('setup.startDate')} value={form.startDate} onChange={(v) => set('startDate', v)} />
        <DateField label={t('setup.endDate')} value={form.endDate} onChange={(v) => set('endDate', v)} />
        <label className="field span-2">
          {t('setup.quorumRule')}
          <select value={form.quorumRule} onChange={(e) => set('quorumRule', e.target.value as CongressSettings['quorumRule'])}>
            {QUORUM_RULES.map((r) => (
              <option key={r} value={r}>
                {t(RULE_LABEL[r])}
              </option>
            ))}
          </select>
          <span className="hint">{t('quorum.help')}</span>
        </label>
      </div>
      <div className="dialog-actions">
        <span className="hint">{t('setup.file', { path })}</span>
        <span className="spacer" />
        <button type="submit" className="primary">
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
