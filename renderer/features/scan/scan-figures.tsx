import { useErrorText, useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { useNumbers } from '../../i18n/numbers';
import { type ScanFigures as Figures, useScan } from './scan-store';

const CELLS: [keyof Figures, MessageKey][] = [
  ['sheets', 'scanning.figSheets'],
  ['accepted', 'scanning.figAccepted'],
  ['pending', 'scanning.figPending'],
  ['refused', 'scanning.figRefused'],
  ['duplicates', 'scanning.figDuplicates'],
  ['waiting', 'scanning.figWaiting'],
];

/** What the feeder has given so far, filled in batch by batch, and every page that was not counted, with why. */
export function ScanFigures() {
  const t = useT();
  const num = useNumbers();
  const errorText = useErrorText();
  const figures = useScan((s) => s.figures);
  const notCounted = useScan((s) => s.notCounted);
  const low = useScan((s) => s.lowResolution);
  return (
    <>
      {/* advice, not an error: the pages are read and kept, but the rest of the stack should come at 200 dpi */}
      {low && (
        <p className="notice notice-warn scan-low-dpi" role="status" data-testid="scan-low-dpi">
          {t('scanning.lowDpi', { count: low.pages, dpi: low.dpi })}
        </p>
      )}
      <div className="scan-figures" data-testid="scan-figures">
        {CELLS.map(([k, label]) => (
          <div
            key={k}
            className={`scan-figure fig-${k}${figures[k] > 0 && (k === 'pending' || k === 'refused') ? ' alert' : ''}`}
            data-figure={k}
          >
            <span className="count-value">{num.count(figures[k])}</span>
            <span className="count-label">{t(label)}</span>
          </div>
        ))}
      </div>
      <h3>{t('scanning.refusedTitle')}</h3>
      {notCounted.length === 0 ? (
        <p className="hint">{t('scanning.noneRefused')}</p>
      ) : (
        <ul className="scan-refused" data-testid="scan-refused">
          {notCounted.map((p, i) => (
            <li key={`${p.file}:${p.page}:${i}`} className={p.status} data-file={p.file} data-page={p.page}>
              {/* the reason names the file and page itself; a bare file name only when none is given */}
              {p.key ? (
                errorText({ key: p.key, params: { ...p.params, file: p.file, page: p.page } })
              ) : (
                <strong>{p.page > 0 ? t('scanning.refusedPage', { file: p.file, page: p.page }) : p.file}</strong>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
