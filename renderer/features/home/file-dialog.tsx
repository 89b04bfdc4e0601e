import { useState } from 'react';
import { client } from '../../app/client-instance';
import { useApp } from '../../app/app-store';
import { useT } from '../../i18n/i18n';
import { useEscape } from '../common/use-escape';
import { useFileDialog, useOpenActions } from './use-open-actions';

/** The "new congress" and "open by path" forms (the desktop shell adds native file pickers). */
export function FileDialog() {
  const t = useT();
  const { mode, setMode } = useFileDialog();
  const actions = useOpenActions();
  const workspace = useApp((s) => s.app?.workspaceDir ?? '');
  const [name, setName] = useState('');
  const [path, setPath] = useState('');
  const close = () => {
    setMode(null);
    setName('');
    setPath('');
  };
  // On the window, so Escape closes the form from its fields too, as every dialog here does.
  useEscape(close, mode !== null);
  if (!mode) return null;
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const ok = mode === 'new' ? await actions.create(name.trim(), path.trim() || undefined) : await actions.openPath(path.trim());
    if (ok) close();
  };
  const browse = async () => {
    const dialogs = client().bridge.dialogs;
    const chosen = await dialogs?.chooseCongressToCreate(name);
    if (chosen) setPath(chosen);
  };
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t(mode === 'new' ? 'home.new' : 'home.open')}>
      <form className="dialog" onSubmit={(e) => void submit(e)}>
        <h2>{t(mode === 'new' ? 'home.new' : 'home.open')}</h2>
        {mode === 'new' && (
          <label className="field">
            {t('home.name')}
            <input autoFocus required value={name} placeholder={t('home.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
          </label>
        )}
        <label className="field">
          {t(mode === 'new' ? 'home.path' : 'home.openPath')}
          <span className="row">
            <input autoFocus={mode === 'open'} required={mode === 'open'} value={path} onChange={(e) => setPath(e.target.value)} />
            {mode === 'new' && client().bridge.dialogs && (
              <button type="button" onClick={() => void browse()}>
                …
              </button>
            )}
          </span>
        </label>
        <p className="hint">{t('home.workspace', { dir: workspace })}</p>
        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t(mode === 'new' ? 'home.create' : 'home.openButton')}
          </button>
        </div>
      </form>
    </div>
  );
}
