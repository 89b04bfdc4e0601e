import { INVALID_REASON_LABELS } from '../../../shared/domain/ballot-messages';
import { useT } from '../../i18n/i18n';
import { useLabel } from './ballot-labels';
import { BOARD_REASONS, type BoardReason } from './paper-entry-store';
import { keepFocus } from '../common/keep-focus';

/**
 * Not a dialog: the paper field keeps the focus and reads 1–4 / Esc, so marking a paper invalid
 * costs two keystrokes and nothing can steal the next paper's typing (a click works too, without
 * taking the focus).
 */
export function InvalidChooser({ onChoose }: { onChoose(reason: BoardReason): void }) {
  const t = useT();
  const label = useLabel();
  return (
    <div className="invalid-chooser" role="listbox" aria-label={t('entry.invalidTitle')} data-testid="invalid-chooser">
      <strong>{t('entry.invalidTitle')}</strong>
      <ol>
        {BOARD_REASONS.map((r, i) => (
          <li key={r} role="option" aria-selected={false} onMouseDown={keepFocus} onClick={() => onChoose(r)}>
            <kbd>{i + 1}</kbd> {label(INVALID_REASON_LABELS[r])}
          </li>
        ))}
      </ol>
      <span className="hint">{t('entry.invalidHint')}</span>
    </div>
  );
}
