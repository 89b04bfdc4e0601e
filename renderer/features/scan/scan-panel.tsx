import { useState } from 'react';
import { useApp } from '../../app/app-store';
import { useErrorText, useT } from '../../i18n/i18n';
import { lastFolder, rememberFolder } from './last-folder';
import { ScanFigures } from './scan-figures';
import { readOnce, startWatch, stopWatch, useScan } from './scan-store';

export interface ScanPanelProps {
  ballotId: number;
  passes: number;
  /** The pass being entered on the paper entry: where the scans go unless the operator says otherwise. */
  pass: number;
  onReview(): void;
  onClose(): void;
}

/**
 * «Đọc phiếu đã quét»: the folder the scanner writes into (the engine reads it itself), the pass,
 * a watch that reads pages as they land or a single read of what is there, and the figures as they
 * come. Enter in the folder field starts the watch.
 */
export function ScanPanel({ ballotId, passes, pass: entering, onReview, onClose }: ScanPanelProps) {
  const t = useT();
  const errorText = useErrorText();
  const congress = useApp((s) => s.congress?.path ?? '');
  const { watch, busy, error, waitingPapers } = useScan();
  const [folder, setFolder] = useState(() => watch?.folder ?? lastFolder(congress, ballotId));
  const [pass, setPass] = useState(watch?.pass ?? Math.min(entering, passes));
  const path = folder.trim();

  const watchFolder = async () => {
    if (!path || busy) return;
    rememberFolder(congress, ballotId, path);
    await startWatch(ballotId, pass, path);
  };
  const once = async () => {
    if (!path || busy) return;
    rememberFolder(congress, ballotId, path);
    await readOnce(ballotId, pass, path);
  };

  return (
    <div className="scan-panel" data-testid="scan-panel">
      <h2>{t('scanning.title')}</h2>
      <form
        className="scan-source"
        onSubmit={(e) => {
          e.preventDefault();
          if (!watch) void watchFolder();
        }}
      >
        <label className="field scan-folder">
          {t('scanning.folder')}
          <input
            autoFocus
            value={folder}
            onChange={(e) => setFolder(e.target.value)}
            placeholder={t('scanning.folderPlaceholder')}
            disabled={watch !== null}
            spellCheck={false}
            autoComplete="off"
            maxLength={1000}
            data-testid="scan-folder"
          />
        </label>
        {passes > 1 && (
          <div className="field scan-pass">
            {t('scanning.pass')}
            <div className="chips" role="group" aria-label={t('scanning.pass')}>
              {Array.from({ length: passes }, (_, i) => i + 1).map((p) => (
                <button
                  key={p}
                  type="button"
                  className={p === pass ? 'chip active' : 'chip'}
                  aria-pressed={p === pass}
                  disabled={watch !== null}
                  onClick={() => setPass(p)}
                >
                  {t('entry.passN', { pass: p })}
                </button>
              ))}
            </div>
          </div>
        )}
        <div className="scan-buttons">
          {watch ? (
            <button type="button" className="danger" onClick={() => void stopWatch()} disabled={busy !== null} data-testid="scan-unwatch">
              {t('scanning.unwatch')}
            </button>
          ) : (
            <button type="submit" className="primary" disabled={!path || busy !== null} data-testid="scan-watch">
              {t('scanning.watch')} <kbd>Enter</kbd>
            </button>
          )}
          {/* a watch reads everything that lands: no single read beside it */}
          {!watch && (
            <button type="button" onClick={() => void once()} disabled={!path || busy !== null} data-testid="scan-once">
              {busy === 'once' ? t('scanning.reading') : t('scanning.once')}
            </button>
          )}
        </div>
      </form>
      {watch ? (
        <p className="scan-watching" role="status" data-testid="scan-watching">
          <span className="live-dot" aria-hidden="true" /> {t('scanning.watchingLine', { folder: watch.folder, pass: watch.pass })}
        </p>
      ) : (
        <p className="hint">
          {t('scanning.watchHint')} {t('scanning.onceHint')}
        </p>
      )}
      {error && (
        <p className="scan-error" role="alert" data-testid="scan-error">
          {errorText(error)}
        </p>
      )}
      <ScanFigures />
      <div className="dialog-actions">
        {waitingPapers > 0 ? (
          <button type="button" className="primary" onClick={onReview} data-testid="scan-review-open">
            {t('scanning.review', { count: waitingPapers })} <kbd>F10</kbd>
          </button>
        ) : (
          <span className="hint" data-testid="scan-no-review">
            {t('scanning.noReview')}
          </span>
        )}
        <span className="spacer" />
        <button type="button" className="ghost" onClick={onClose} data-testid="scan-close">
          {t('scanning.close')}
        </button>
      </div>
    </div>
  );
}
