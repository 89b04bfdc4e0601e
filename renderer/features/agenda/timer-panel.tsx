import { useState } from 'react';
import { STEP_KINDS } from '../../../shared/domain/agenda';
import { useT } from '../../i18n/i18n';
import { CountdownFace } from '../slides/countdown-face';
import { KIND_LABEL } from './agenda-labels';
import { toggleTimer, useAgenda } from './agenda-store';

/** The hall's countdown: the same face the projector shows, and its controls. */
export function TimerPanel() {
  const t = useT();
  const { state, run } = useAgenda();
  const [minutes, setMinutes] = useState('');
  if (!state) return null;
  const { timer, timerSettings } = state;
  const seconds = Math.round(Number(minutes.replace(',', '.')) * 60);
  const validMinutes = minutes !== '' && Number.isFinite(seconds) && seconds >= 1 && seconds <= 6 * 3600;
  const startLabel = timer.state === 'running' ? 'timer.pause' : timer.state === 'paused' ? 'timer.resume' : 'timer.start';

  return (
    <section className="panel timer-panel" aria-label={t('timer.title')} data-testid="timer-panel">
      <h2>{t('timer.title')}</h2>
      <CountdownFace timer={timer} size="panel" label={false} />
      <div className="timer-buttons">
        <button className={timer.state === 'running' ? '' : 'primary'} onClick={() => void toggleTimer()} data-testid="timer-toggle">
          {t(startLabel)} <kbd>Space</kbd>
        </button>
        <button onClick={() => void run('timer:reset', {})} data-testid="timer-reset">
          {t('timer.reset')} <kbd>R</kbd>
        </button>
      </div>
      <form
        className="timer-custom"
        onSubmit={(e) => {
          e.preventDefault();
          if (validMinutes) void run('timer:start', { seconds }).then(() => setMinutes(''));
        }}
      >
        <label>
          {t('timer.minutes')}
          <input inputMode="decimal" value={minutes} onChange={(e) => setMinutes(e.target.value)} size={4} data-testid="timer-minutes" />
        </label>
        <button type="submit" disabled={!validMinutes}>
          {t('timer.set')}
        </button>
      </form>
      <label className="check">
        <input
          type="checkbox"
          checked={timerSettings.autoStartWithSpeaker}
          onChange={(e) => void run('timer:settings', { autoStartWithSpeaker: e.target.checked })}
          data-testid="timer-autostart"
        />
        {t('timer.autoStart')}
      </label>
      <details className="timer-defaults">
        <summary>{t('timer.defaults')}</summary>
        <div className="defaults-grid">
          {STEP_KINDS.map((k) => (
            <label key={k}>
              {t(KIND_LABEL[k])}
              <input
                type="number"
                min={1}
                max={360}
                defaultValue={timerSettings.defaults[k] / 60}
                onBlur={(e) => {
                  const s = Math.round(Number(e.target.value) * 60);
                  if (s >= 10 && s !== timerSettings.defaults[k])
                    void run('timer:settings', { defaults: { ...timerSettings.defaults, [k]: s } });
                }}
              />
            </label>
          ))}
        </div>
      </details>
    </section>
  );
}
