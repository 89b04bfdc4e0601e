import { useState } from 'react';
import { useApp } from '../../app/app-store';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { type DocumentSettings, useExports } from './exports-store';

const TEXT_FIELDS = [
  'parentOrganisation',
  'organisation',
  'place',
  'presidiumSigner',
  'countingBoardChair',
  'credentialsBoardChair',
  'secretarySigner',
] as const;

/** The letterhead, place and signatories every document uses, entered once per congress. */
export function DocumentSettingsForm({ settings }: { settings: DocumentSettings }) {
  const t = useT();
  const info = useApp((s) => s.info);
  const save = useExports((s) => s.saveSettings);
  const [draft, setDraft] = useState({
    ...settings,
    members: settings.countingBoardMembers.join('\n'),
    templates: settings.templateDir ?? '',
  });
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const { members, templates, ...rest } = draft;
    const ok = await save({
      ...rest,
      countingBoardMembers: members
        .split('\n')
        .map((m) => m.trim())
        .filter(Boolean),
      templateDir: templates.trim() || null,
    });
    if (ok) info(t('exports.settingsSaved'));
  };
  return (
    <form className="export-settings" onSubmit={(e) => void submit(e)}>
      <p className="hint">{t('exports.settingsHint')}</p>
      <div className="export-settings-grid">
        {TEXT_FIELDS.map((k) => (
          <label className="field" key={k}>
            {t(`exports.${k}` as MessageKey)}
            <input value={draft[k]} onChange={(e) => setDraft({ ...draft, [k]: e.target.value })} />
          </label>
        ))}
        <label className="field">
          {t('exports.countingBoardMembers')}
          <textarea rows={3} value={draft.members} onChange={(e) => setDraft({ ...draft, members: e.target.value })} />
        </label>
        <label className="field">
          {t('exports.templateDir')}
          <input value={draft.templates} onChange={(e) => setDraft({ ...draft, templates: e.target.value })} />
        </label>
      </div>
      <div className="dialog-actions">
        <button type="submit">{t('exports.saveSettings')}</button>
      </div>
    </form>
  );
}
