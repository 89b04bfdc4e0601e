import { useState } from 'react';
import { useApp } from '../../app/app-store';
import { useLocale, useT } from '../../i18n/i18n';
import { delayClass, delayText } from './agenda-labels';
import { useAgenda } from './agenda-store';

/** Template picker, "add step" and how far behind or ahead the meeting runs. */
export function AgendaToolbar() {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const { state, templates, selectedId, run, edit } = useAgenda();
  const [templateId, setTemplateId] = useState('');
  const delay = delayText(t, state?.delayMinutes ?? null);

  const apply = async () => {
    const template = templates.find((x) => x.id === templateId);
    if (!template) return;
    const n = state?.steps.length ?? 0;
    const name = locale === 'en' ? template.titleEn : template.title;
    if (n > 0 && !window.confirm(t('agenda.replaceConfirm', { count: n, name }))) return;
    const r = await run('agenda:applyTemplate', { templateId, replace: n > 0 });
    if (!r) return;
    const created = r.sessionsCreated.length ? ` ${t('agenda.sessionsCreated', { names: r.sessionsCreated.join(', ') })}` : '';
    useApp.getState().info(t('agenda.applied', { count: r.steps }) + created);
    setTemplateId('');
  };

  return (
    <div className="agenda-toolbar">
      <h1>{t('agenda.title')}</h1>
      <label className="agenda-template">
        <span className="visually-hidden">{t('agenda.template')}</span>
        <select
          value={templateId}
          onChange={(e) => setTemplateId(e.target.value)}
          aria-label={t('agenda.template')}
          data-testid="template-select"
        >
          <option value="">{t('agenda.templatePick')}</option>
          {templates.map((x) => (
            <option key={x.id} value={x.id}>
              {locale === 'en' ? x.titleEn : x.title} ({x.stepCount})
            </option>
          ))}
        </select>
      </label>
      <button onClick={() => void apply()} disabled={!templateId} data-testid="apply-template">
        {t('agenda.apply')}
      </button>
      <button onClick={() => edit({ mode: 'new', afterId: selectedId })} data-testid="add-step">
        {t('agenda.add')} <kbd>Insert</kbd>
      </button>
      <span className="spacer" />
      {delay && (
        <span className={`delay-badge ${delayClass(state?.delayMinutes ?? null)}`} data-testid="agenda-delay">
          {delay}
        </span>
      )}
    </div>
  );
}
