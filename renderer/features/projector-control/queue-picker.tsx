import { useState } from 'react';
import { MESSAGE_MAX, type SlideKind, type SlideRef } from '../../../shared/domain/projector';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { AGENDA_SLIDE_KEYS } from './agenda-slide-keys';
import { useProjector } from './projector-store';
import { useResultOptions } from './result-options';

const SIMPLE: [SlideKind, MessageKey][] = [
  ['welcome', 'projector.welcome'],
  ['attendance', 'projector.attendance'],
  ['logo', 'stage.logo'],
  ['blank', 'projector.blank'],
  ...AGENDA_SLIDE_KEYS.map(([slide, label]): [SlideKind, MessageKey] => [slide, label]),
];

/** Prepares the next slide; nothing reaches the hall until the operator switches. */
export function QueuePicker() {
  const t = useT();
  const queue = useProjector((s) => s.queue);
  const next = useProjector((s) => s.stage?.next ?? null);
  const results = useResultOptions();
  const [message, setMessage] = useState('');
  const [resultKey, setResultKey] = useState('');
  const isNext = (ref: SlideRef) => next?.slide === ref.slide;

  return (
    <section className="panel queue-picker" aria-label={t('stage.queueTitle')}>
      <h2>{t('stage.queueTitle')}</h2>
      <div className="slide-buttons">
        {SIMPLE.map(([slide, label]) => (
          <button
            key={slide}
            className={isNext({ slide }) ? 'slide-button queued' : 'slide-button'}
            onClick={() => void queue({ slide })}
            data-testid={`queue-${slide}`}
          >
            {t(label)}
          </button>
        ))}
        <button className="ghost" disabled={!next} onClick={() => void queue(null)}>
          {t('stage.clearQueue')}
        </button>
      </div>
      <form
        className="queue-row"
        onSubmit={(e) => {
          e.preventDefault();
          void queue({ slide: 'message', message });
        }}
      >
        <label>
          {t('stage.message')}
          <textarea
            value={message}
            maxLength={MESSAGE_MAX}
            rows={2}
            placeholder={t('stage.messagePlaceholder')}
            onChange={(e) => setMessage(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
            data-testid="queue-message-text"
          />
        </label>
        <button type="submit" data-testid="queue-message">
          {t('stage.queue')}
        </button>
      </form>
      <form
        className="queue-row"
        onSubmit={(e) => {
          e.preventDefault();
          const option = [...results.votes, ...results.ballots].find((o) => o.key === resultKey);
          if (option) void queue(option.ref);
        }}
      >
        <label>
          {t('stage.results')}
          <select value={resultKey} onChange={(e) => setResultKey(e.target.value)} data-testid="queue-result">
            <option value="">{t('stage.pickResult')}</option>
            {(
              [
                ['stage.groupVotes', results.votes],
                ['stage.groupBallots', results.ballots],
              ] as const
            ).map(([group, options]) =>
              options.length === 0 ? null : (
                <optgroup key={group} label={t(group)}>
                  {options.map((o) => (
                    <option key={o.key} value={o.key}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              ),
            )}
          </select>
        </label>
        <button type="submit" disabled={!resultKey} data-testid="queue-result-button">
          {t('stage.queue')}
        </button>
      </form>
    </section>
  );
}
