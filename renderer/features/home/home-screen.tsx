import { useApp } from '../../app/app-store';
import { useT } from '../../i18n/i18n';
import { StartupProblem } from './startup-problem';
import { useOpenActions } from './use-open-actions';

/** First start, or no congress open: create, open, or try the demo. */
export function HomeScreen() {
  const t = useT();
  const recent = useApp((s) => s.app?.recent ?? []);
  const actions = useOpenActions();
  return (
    <section className="home">
      <StartupProblem />
      <h1>{t('home.heading')}</h1>
      <p className="lead">{t('home.lead')}</p>
      <div className="home-choices">
        <button className="choice" onClick={actions.startNew}>
          <strong>{t('home.new')}</strong>
          <span>{t('home.newHint')}</span>
        </button>
        <button className="choice" onClick={() => void actions.startOpen()}>
          <strong>{t('home.open')}</strong>
          <span>{t('home.openHint')}</span>
        </button>
        <button className="choice choice-demo" onClick={() => void actions.openDemo()}>
          <strong>{t('home.demo')}</strong>
          <span>{t('home.demoHint')}</span>
        </button>
      </div>
      <h2>{t('home.recent')}</h2>
      {recent.length === 0 ? (
        <p className="hint">{t('home.noRecent')}</p>
      ) : (
        <ul className="recent-files">
          {recent.map((f) => (
            <li key={f.path}>
              <button className="link" onClick={() => void actions.openPath(f.path)}>
                {f.name}
              </button>
              <span className="hint">{f.path}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
