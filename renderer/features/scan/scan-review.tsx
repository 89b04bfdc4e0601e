import { type ComponentType, useEffect, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import type { BoardReason } from '../../../shared/domain/ballot';
import { useErrorText, useT } from '../../i18n/i18n';
import { keepFocus } from '../common/keep-focus';
import { typing } from '../common/key-targets';
import { ReviewItemView } from './review-item-view';
import { reviewAction } from './review-keys';
import type { ReviewSource } from './review-source';
import { createReviewStore, type ReviewStore } from './review-store';

export type ReasonChooser = ComponentType<{ onChoose(reason: BoardReason): void }>;

export interface ScanReviewProps {
  source: ReviewSource;
  /** The printed names by number, to say which row is shown. */
  names?: ReadonlyMap<number, string>;
  /** The board's reasons for an invalid paper, as the paper entry chooses them (1–4). */
  ReasonChooser: ReasonChooser;
  onLeave(): void;
  /** Changes when more papers may be waiting (a batch was scanned): read again if nothing is on screen. */
  freshness?: number;
}

/** The review's keys, on the window while it is shown (capture: the entry field and the screen's shortcuts do not see them). */
function useReviewKeys(store: ReviewStore, onLeave: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target)) return;
      const s = store.getState();
      const paper = s.at ? s.papers?.[s.at.paper] : undefined;
      const action = reviewAction(e, s.choosing, paper?.marking);
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      if (action.kind === 'decide') s.decide(action.decision);
      else if (action.kind === 'choose') s.choose(true);
      else if (action.kind === 'cancel') s.choose(false);
      else if (action.kind === 'back') s.back();
      else onLeave();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [store, onLeave]);
}

/**
 * The counting board's review of the papers the machine doubted (docs/scanning.md): one doubt at a
 * time, one key to decide it, the next one at once. Each decision goes to the engine as it is made
 * (in order, audited there); the paper enters its pass when nothing on it is left, and the count
 * waits until none is. Takes its data by props, so a reviewer device can show it as well.
 */
export function ScanReview({ source, names, ReasonChooser, onLeave, freshness }: ScanReviewProps) {
  const t = useT();
  const errorText = useErrorText();
  const root = useRef<HTMLElement>(null);
  const store = useMemo(() => createReviewStore(source), [source]);
  const { papers, at, choosing, note, decide, choose, back } = useStore(store);
  useReviewKeys(store, onLeave);
  useEffect(() => {
    void store.getState().reload();
  }, [store]);
  useEffect(() => {
    if (freshness !== undefined) store.getState().refreshIfIdle();
  }, [freshness, store]);
  useEffect(() => {
    root.current?.focus();
  }, [at]);

  const paper = at && papers?.[at.paper];
  const item = paper && paper.items[at.item];
  return (
    <section className="scan-review" ref={root} tabIndex={-1} aria-label={t('review.title')} data-testid="scan-review">
      <header className="scan-review-head">
        <h2>{t('review.title')}</h2>
        {papers && papers.length > 0 && <span className="badge">{t('review.waiting', { count: papers.length })}</span>}
        <span className="spacer" />
        <button type="button" className="ghost" onMouseDown={keepFocus} onClick={onLeave} data-testid="review-leave">
          <kbd>Esc</kbd> {t('review.leave')}
        </button>
      </header>
      {note && (
        <p
          className={note.kind === 'error' ? 'review-note error' : 'review-note'}
          role={note.kind === 'error' ? 'alert' : 'status'}
          data-testid="review-note"
        >
          {note.kind === 'error' ? errorText(note.error) : t('review.recorded', { paper: note.paper, pass: note.pass })}
        </p>
      )}
      {papers === null ? (
        <p className="hint">{t('review.loading')}</p>
      ) : !paper || !item ? (
        <p className="review-none" role="status" data-testid="review-none">
          {t('review.none')}
        </p>
      ) : (
        <div className="review-body">
          <ol className="review-papers" aria-label={t('review.waiting', { count: papers.length })}>
            {papers.map((p, n) => (
              <li key={`${p.pass}:${p.paper}`} className={n === at.paper ? 'current' : undefined} data-paper={p.paper}>
                {t('review.paper', { paper: p.paper, pass: p.pass })}
              </li>
            ))}
          </ol>
          <ReviewItemView
            paper={paper}
            at={at.item}
            names={names}
            load={source.sheetImage}
            onDecide={decide}
            onChoose={() => choose(true)}
            onBack={back}
            chooser={choosing ? <ReasonChooser onChoose={(reason) => decide({ kind: 'invalid', reason })} /> : null}
          />
        </div>
      )}
    </section>
  );
}
