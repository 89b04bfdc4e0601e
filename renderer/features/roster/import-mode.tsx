import { useT } from '../../i18n/i18n';

export type ImportMode = 'add' | 'update';

/** Add new delegates (today's import), or update the roster by code with the corrected file. */
export function ImportModeChoice({ mode, onChange }: { mode: ImportMode; onChange(mode: ImportMode): void }) {
  const t = useT();
  const option = (value: ImportMode, label: string) => (
    <label className="check">
      <input type="radio" name="roster-import-mode" value={value} checked={mode === value} onChange={() => onChange(value)} />
      {label}
    </label>
  );
  return (
    <fieldset className="import-mode">
      <legend>{t('rosterUpdate.mode')}</legend>
      {option('add', t('rosterUpdate.modeAdd'))}
      {option('update', t('rosterUpdate.modeUpdate'))}
      {mode === 'update' && <p className="hint">{t('rosterUpdate.modeUpdateHint')}</p>}
    </fieldset>
  );
}
