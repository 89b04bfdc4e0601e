import { useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CommandOutput } from '../../../shared/contract/channels';
import { client } from '../../app/client-instance';
import { useT } from '../../i18n/i18n';
import { dialogOpen } from '../common/key-targets';
import { keepFocus } from '../common/keep-focus';
import { engineReviewSource } from './review-source';
import { ScanPanel } from './scan-panel';
import { type ReasonChooser, ScanReview } from './scan-review';
import { SCAN_KEY } from './scan-key';
import { onScanned, showBallot, useScan } from './scan-store';
import './scan.css';

type Ballot = CommandOutput<'ballots:get'>;

export interface ScanEntryProps {
  ballot: Ballot;
  /** The pass the paper entry is on, read when the panel opens. */
  currentPass(): number;
  ReasonChooser: ReasonChooser;
  /** Scanned papers of the ballot were recorded (a batch, the board's decisions): the entry beside follows. */
  onRecorded(ballotId: number): void;
}

/**
 * Scanning beside the paper entry (docs/scanning.md): the button (F10) that opens «Đọc phiếu đã
 * quét», a line saying a watch runs and what waits for the board, and the review over the screen.
 * Closing the panel leaves the watch running; the entry field gets the keyboard back.
 */
/** Where the keyboard was when the panel opened (the entry field): it goes back there when it closes. */
let returnTo: HTMLElement | null = null;

function show(next: 'panel' | 'review' | null, pass?: number): void {
  const s = useScan.getState();
  if (next && !s.dialog) returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  useScan.setState({ dialog: next, ...(pass !== undefined ? { dialogPass: pass } : {}) });
  if (!next) setTimeout(() => returnTo?.focus(), 0);
}

export function ScanEntry({ ballot, currentPass, ReasonChooser, onRecorded }: ScanEntryProps) {
  const t = useT();
  const [freshness, setFreshness] = useState(0);
  const { watch, waitingPapers, figures, dialog, dialogPass } = useScan();
  const source = useMemo(() => engineReviewSource(ballot.id), [ballot.id]);
  const names = useMemo(() => new Map(ballot.candidates.map((c) => [c.number, c.name])), [ballot.candidates]);
  const openPanel = useCallback(() => show('panel', currentPass()), [currentPass]);
  const close = useCallback(() => {
    // the board's decisions recorded papers while the review was open
    if (useScan.getState().dialog === 'review') onRecorded(ballot.id);
    show(null);
  }, [ballot.id, onRecorded]);

  useEffect(() => {
    void showBallot(ballot.id);
    const c = client();
    const offs = [
      c.on('papers:scanned', (e) => {
        onScanned(e);
        setFreshness((n) => n + 1);
        if (e.ballotId === ballot.id) onRecorded(ballot.id);
      }),
      c.onReread(() => void showBallot(ballot.id)),
    ];
    return () => {
      offs.forEach((off) => off());
      useScan.setState({ dialog: null });
    };
  }, [ballot.id, onRecorded]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { dialog: now, waitingPapers: waiting } = useScan.getState();
      if (e.key === 'Escape' && now === 'panel') return show(null);
      if (e.key !== SCAN_KEY || e.ctrlKey || e.altKey || e.metaKey) return;
      if (now === null && dialogOpen()) return; // another dialog has the keys
      e.preventDefault();
      if (now === null) openPanel();
      else if (now === 'panel' && waiting > 0) show('review');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openPanel]);

  return (
    <div className="scan-entry" data-testid="scan-entry">
      <button type="button" onMouseDown={keepFocus} onClick={openPanel} data-testid="scan-open">
        {t('scanning.open')} <kbd>{SCAN_KEY}</kbd>
      </button>
      {watch && (
        <span className="scan-watching hint" data-testid="scan-entry-watching">
          <span className="live-dot" aria-hidden="true" /> {t('scanning.watchingLine', { folder: watch.folder, pass: watch.pass })} ·{' '}
          {t('scanning.figAccepted')}: {figures.accepted}
        </span>
      )}
      {waitingPapers > 0 && (
        <button
          type="button"
          className="warn-button"
          onMouseDown={keepFocus}
          onClick={() => show('review')}
          data-testid="scan-entry-review"
        >
          {t('scanning.review', { count: waitingPapers })}
        </button>
      )}
      {/* Over the whole window, as the app's other dialogs: not inside the ballot pane, which scrolls. */}
      {dialog &&
        createPortal(
          <div className="overlay" role="dialog" aria-modal="true" aria-label={t(dialog === 'panel' ? 'scanning.title' : 'review.title')}>
            <div className={dialog === 'review' ? 'dialog wide scan-dialog review' : 'dialog wide scan-dialog'}>
              {dialog === 'panel' ? (
                <ScanPanel ballotId={ballot.id} passes={ballot.passes} pass={dialogPass} onReview={() => show('review')} onClose={close} />
              ) : (
                <ScanReview source={source} names={names} ReasonChooser={ReasonChooser} freshness={freshness} onLeave={close} />
              )}
            </div>
          </div>,
          document.body,
        )}
    </div>
  );
}
