import { useCallback, useRef, useState } from 'react';
import { useApp } from '../app/app-store';
import { client } from '../app/client-instance';
import { useT } from '../i18n/i18n';
import { useOpenActions } from '../features/home/use-open-actions';
import { useBackups } from '../features/backups/backups-store';
import { useExports } from '../features/exports/exports-store';
import { useDismiss } from '../features/common/use-dismiss';

/** Tệp ▸ New / Open / Demo / Recent / Close, in the browser too (Electron also has a native menu). */
export function FileMenu() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Escape hands the keyboard back to the menu's button, where it was before the menu opened.
  const dismiss = useCallback(() => {
    setOpen(false);
    if (menu.current?.contains(document.activeElement)) button.current?.focus();
  }, []);
  useDismiss(menu, dismiss, open);
  const { app, congress, fail, setView } = useApp();
  const actions = useOpenActions();
  const showBackups = useBackups((s) => s.show);
  const showExports = useExports((s) => s.show);
  const run = (action: () => Promise<void> | void) => {
    setOpen(false);
    void action();
  };
  const close = async () => {
    const r = await client().call('congress:close', {});
    if (!r.ok) fail(r.error);
    setView('checkin');
  };
  return (
    <div className="menu" ref={menu}>
      <button ref={button} className="ghost" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('nav.file')} ▾
      </button>
      {open && (
        <div className="menu-list" role="menu" onMouseLeave={() => setOpen(false)}>
          <button role="menuitem" onClick={() => run(() => actions.startNew())}>
            {t('file.new')}
          </button>
          <button role="menuitem" onClick={() => run(() => actions.startOpen())}>
            {t('file.open')}
          </button>
          <button role="menuitem" onClick={() => run(actions.openDemo)}>
            {t('file.demo')}
          </button>
          {(app?.recent.length ?? 0) > 0 && <div className="menu-heading">{t('file.recent')}</div>}
          {app?.recent.slice(0, 6).map((f) => (
            <button role="menuitem" key={f.path} title={f.path} onClick={() => run(async () => void (await actions.openPath(f.path)))}>
              {f.name}
            </button>
          ))}
          {congress && (
            <button role="menuitem" onClick={() => run(() => showExports())}>
              {t('file.exports')}
            </button>
          )}
          {congress && (
            <button role="menuitem" onClick={() => run(() => showBackups())}>
              {t('file.backups')}
            </button>
          )}
          {congress && (
            <button role="menuitem" onClick={() => run(close)}>
              {t('file.close')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
