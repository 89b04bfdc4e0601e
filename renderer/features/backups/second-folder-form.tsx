import { useState } from 'react';
import { useApp } from '../../app/app-store';
import { useT } from '../../i18n/i18n';
import { useBackups } from './backups-store';

/** The optional second folder (a USB stick): every copy is written there too. */
export function SecondFolderForm() {
  const saved = useBackups((s) => s.settings?.secondFolder ?? '');
  // keyed on the saved value: the field starts again from what was saved, without an effect
  return <FolderField key={saved} saved={saved} />;
}

function FolderField({ saved }: { saved: string }) {
  const t = useT();
  const setSecondFolder = useBackups((s) => s.setSecondFolder);
  const info = useApp((s) => s.info);
  const [folder, setFolder] = useState(saved);
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    if (await setSecondFolder(folder.trim() || null)) info(t('backups.secondSaved'));
  };
  return (
    <form className="second-folder" onSubmit={(e) => void save(e)}>
      <label className="field">
        {t('backups.second')}
        <span className="row">
          <input value={folder} placeholder="E:\CongressDesk" onChange={(e) => setFolder(e.target.value)} />
          <button type="submit">{t('backups.secondSave')}</button>
        </span>
      </label>
      <p className="hint">{t('backups.secondHint')}</p>
    </form>
  );
}
