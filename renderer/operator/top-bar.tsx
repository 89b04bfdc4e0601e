import { useApp, type View } from '../app/app-store';
import { client } from '../app/client-instance';
import { useLocale, useT } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';
import { NetworkBadge } from '../features/network/network-badge';
import { FileMenu } from './file-menu';

const TABS: { view: View; label: MessageKey; key: string }[] = [
  { view: 'checkin', label: 'nav.checkin', key: 'F2' },
  { view: 'roster', label: 'nav.roster', key: 'F3' },
  { view: 'setup', label: 'nav.setup', key: 'F4' },
  { view: 'agenda', label: 'nav.agenda', key: 'F12' },
  { view: 'projector', label: 'nav.projector', key: 'F6' },
  { view: 'ballots', label: 'nav.ballots', key: 'F7' },
  { view: 'votes', label: 'nav.votes', key: 'F9' },
];

export function TopBar() {
  const t = useT();
  const { congress, view, setView, toggleHelp, fail } = useApp();
  const { locale, setLocale } = useLocale();

  const changeSession = async (id: number) => {
    const r = await client().call('sessions:setCurrent', { id });
    if (!r.ok) fail(r.error);
  };

  return (
    <header className="top-bar">
      <div className="brand" title={congress?.settings.name}>
        <span className="brand-mark" aria-hidden>
          ★
        </span>
        <span className="brand-name">{congress ? congress.settings.name : t('app.title')}</span>
      </div>
      {congress && (
        <nav className="tabs" aria-label="views">
          {TABS.map((tab) => (
            <button
              key={tab.view}
              className={view === tab.view ? 'tab active' : 'tab'}
              aria-current={view === tab.view ? 'page' : undefined}
              onClick={() => setView(tab.view)}
            >
              <span>{t(tab.label)}</span>
              <kbd>{tab.key}</kbd>
            </button>
          ))}
        </nav>
      )}
      <div className="top-actions">
        {congress && congress.sessions.length > 0 && (
          <label className="session-picker">
            {t('session.label')}
            <select
              value={congress.currentSessionId ?? ''}
              onChange={(e) => void changeSession(Number(e.target.value))}
              aria-label={t('session.label')}
            >
              {congress.sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
        )}
        {congress && <NetworkBadge />}
        <FileMenu />
        <button className="ghost" onClick={() => setLocale(locale === 'vi' ? 'en' : 'vi')}>
          {t('lang.switch')}
        </button>
        <button className="ghost" onClick={() => toggleHelp()} title={t('nav.help')}>
          ? <kbd>F1</kbd>
        </button>
      </div>
    </header>
  );
}
