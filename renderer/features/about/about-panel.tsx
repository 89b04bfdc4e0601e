import { useApp } from '../../app/app-store';
import { useT } from '../../i18n/i18n';

/**
 * Giới thiệu / About, at the foot of the F1 panel: the app's version and the congress file's
 * schema version, what a secretariat reads out when asking for help. From 'app:state'.
 */
export function AboutPanel() {
  const t = useT();
  const { app, congress } = useApp();
  if (!app) return null;
  return (
    <section className="about" aria-label={t('about.title')}>
      <h3>{t('about.title')}</h3>
      <dl>
        <dt>{t('about.app')}</dt>
        <dd>Congress Desk {app.appVersion}</dd>
        <dt>{t('about.schema')}</dt>
        <dd>{t('about.schemaValue', { version: app.schemaVersion })}</dd>
        <dt>{t('about.file')}</dt>
        <dd title={congress?.path}>{congress ? t('about.fileValue', { version: congress.schemaVersion }) : t('about.noFile')}</dd>
      </dl>
      <p className="hint">{t('about.offline')}</p>
    </section>
  );
}
