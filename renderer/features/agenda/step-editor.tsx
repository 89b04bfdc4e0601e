import { useState } from 'react';
import { CLOCK_PATTERN, STEP_KINDS, type StepKind } from '../../../shared/domain/agenda';
import { useApp } from '../../app/app-store';
import { useT } from '../../i18n/i18n';
import { KIND_LABEL } from './agenda-labels';
import { type AgendaStep, useAgenda } from './agenda-store';

interface Draft {
  title: string;
  presenter: string;
  sessionId: number | null;
  plannedStart: string;
  durationMinutes: string;
  kind: StepKind;
  notes: string;
}

function draftOf(step: AgendaStep | undefined, sessionId: number | null): Draft {
  return {
    title: step?.title ?? '',
    presenter: step?.presenter ?? '',
    sessionId: step ? step.sessionId : sessionId,
    plannedStart: step?.plannedStart ?? '',
    durationMinutes: String(step?.durationMinutes ?? 10),
    kind: step?.kind ?? 'report',
    notes: step?.notes ?? '',
  };
}

/** Add or edit one step. Enter saves (Ctrl+Enter inside the notes), Esc closes without saving. */
export function StepEditor() {
  const t = useT();
  const sessions = useApp((s) => s.congress?.sessions ?? []);
  const { state, editing, edit, run, select } = useAgenda();
  const existing = editing?.mode === 'edit' ? state?.steps.find((s) => s.id === editing.id) : undefined;
  const after = editing?.mode === 'new' ? state?.steps.find((s) => s.id === editing.afterId) : undefined;
  const [d, setD] = useState<Draft>(() => draftOf(existing, after?.sessionId ?? useApp.getState().congress?.currentSessionId ?? null));
  if (!editing) return null;

  const badClock = d.plannedStart !== '' && !CLOCK_PATTERN.test(d.plannedStart);
  const duration = Number(d.durationMinutes);
  const valid = d.title.trim() !== '' && !badClock && Number.isInteger(duration) && duration >= 0 && duration <= 1440;
  const close = () => edit(null);
  const save = async () => {
    if (!valid) return;
    const input = {
      title: d.title,
      presenter: d.presenter,
      sessionId: d.sessionId,
      plannedStart: d.plannedStart || null,
      durationMinutes: duration,
      kind: d.kind,
      notes: d.notes,
    };
    const saved =
      editing.mode === 'edit'
        ? await run('agenda:updateStep', { id: editing.id, ...input })
        : await run('agenda:addStep', { ...input, afterId: editing.afterId });
    if (!saved) return;
    select(saved.id);
    close();
  };
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));
  const title = t(editing.mode === 'edit' ? 'step.edit' : 'step.new');

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={title}>
      <form
        className="dialog step-editor"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') close();
          if (e.key === 'Enter' && e.ctrlKey) void save();
        }}
      >
        <h2>{title}</h2>
        <label className="field">
          {t('step.title')}
          <input autoFocus value={d.title} onChange={(e) => set('title', e.target.value)} maxLength={500} data-testid="step-title-input" />
        </label>
        <label className="field">
          {t('step.presenter')}
          <input
            value={d.presenter}
            onChange={(e) => set('presenter', e.target.value)}
            maxLength={300}
            data-testid="step-presenter-input"
          />
        </label>
        <div className="form-grid">
          <label className="field span-2">
            {t('step.session')}
            <select value={d.sessionId ?? ''} onChange={(e) => set('sessionId', e.target.value ? Number(e.target.value) : null)}>
              <option value="">{t('step.noSession')}</option>
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
          <label className="field span-2">
            {t('step.kind')}
            <select value={d.kind} onChange={(e) => set('kind', e.target.value as StepKind)} data-testid="step-kind-input">
              {STEP_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(KIND_LABEL[k])}
                </option>
              ))}
            </select>
          </label>
          <label className="field span-2">
            {t('step.plannedStart')}
            <input
              value={d.plannedStart}
              onChange={(e) => set('plannedStart', e.target.value.trim())}
              placeholder="07:30"
              aria-invalid={badClock}
              data-testid="step-start-input"
            />
            {badClock && <span className="field-error">{t('step.badClock')}</span>}
          </label>
          <label className="field span-2">
            {t('step.duration')}
            <input
              type="number"
              min={0}
              max={1440}
              value={d.durationMinutes}
              onChange={(e) => set('durationMinutes', e.target.value)}
              data-testid="step-duration-input"
            />
          </label>
        </div>
        <label className="field">
          {t('step.notes')}
          <textarea rows={3} value={d.notes} onChange={(e) => set('notes', e.target.value)} maxLength={2000} />
        </label>
        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={close}>
            {t('common.cancel')} <kbd>Esc</kbd>
          </button>
          <button type="submit" className="primary" disabled={!valid} data-testid="step-save">
            {t('common.save')} <kbd>Enter</kbd>
          </button>
        </div>
      </form>
    </div>
  );
}
