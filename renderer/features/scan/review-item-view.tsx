import type { ReactNode } from 'react';
import { type Translate, useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { keepFocus } from '../common/keep-focus';
import type { MarkingStyle } from '../../../shared/domain/paper-geometry';
import type { Decision, ReviewItem, ReviewPaper, RowMark } from './review-items';
import { MARK_KEYS } from './review-keys';
import { type LoadImage, ReviewPicture } from './review-picture';

const REASONS = new Set([
  'short-line',
  'faint',
  'off-name',
  'extra-ink',
  'both-boxes',
  'no-box',
  'unsure-box',
  'row-marks-missing',
  'writing',
  'no-stamp',
]);

/** What the machine saw, in words; a reason this window does not know yet is still shown. */
function reasonText(t: Translate, reason: string): string {
  return REASONS.has(reason) ? t(`review.reason.${reason}` as MessageKey) : t('review.reason.other', { reason });
}

function rowLabel(t: Translate, item: ReviewItem, names?: ReadonlyMap<number, string>): string {
  if (item.kind === 'page') return t('review.page');
  const name = names?.get(item.number);
  return name ? t('review.row', { number: item.number, name }) : t('review.rowNoName', { number: item.number });
}

/** What a decision is called on the paper in front of the board: a name struck or kept, or a cell. */
const WORDS: Record<MarkingStyle, Record<RowMark | 'valid', MessageKey>> = {
  strike: { struck: 'review.struck', kept: 'review.kept', valid: 'review.valid' },
  'yes-no': { struck: 'review.no', kept: 'review.yes', valid: 'review.valid' },
};
/** As the paper reads: a name struck or kept; the Đồng ý cell before the Không đồng ý one. */
const ORDER: Record<MarkingStyle, RowMark[]> = { strike: ['struck', 'kept'], 'yes-no': ['kept', 'struck'] };
const HINT: Record<MarkingStyle, MessageKey> = { strike: 'review.keysHint', 'yes-no': 'review.yesNoKeysHint' };

function KeyButton({
  k,
  label,
  onPress,
  testId,
  primary,
}: {
  k: string;
  label: string;
  onPress(): void;
  testId: string;
  primary?: boolean;
}) {
  return (
    <button type="button" className={primary ? 'primary' : undefined} onMouseDown={keepFocus} onClick={onPress} data-testid={testId}>
      <kbd>{k}</kbd> {label}
    </button>
  );
}

export interface ReviewItemViewProps {
  paper: ReviewPaper;
  at: number;
  names?: ReadonlyMap<number, string>;
  load: LoadImage;
  onDecide(d: Decision): void;
  onChoose(): void;
  onBack(): void;
  /** The board's reason chooser while X is being answered, in place of the keys. */
  chooser: ReactNode;
}

/** One doubt: its picture, what the machine saw, the board's keys (each a button too). */
export function ReviewItemView({ paper, at, names, load, onDecide, onChoose, onBack, chooser }: ReviewItemViewProps) {
  const t = useT();
  const item = paper.items[at]!;
  const label = rowLabel(t, item, names);
  const reasons = item.kind === 'page' ? item.doubts : item.reasons;
  const sheets = item.kind === 'page' ? item.sheets : item.sheet ? [item.sheet] : [];
  const words = WORDS[paper.marking];
  const keys = MARK_KEYS[paper.marking];
  const hint = item.kind === 'page' ? 'review.pageKeysHint' : HINT[paper.marking];
  return (
    <div className={`review-item is-${item.kind}`} data-testid="review-item" data-kind={item.kind} data-paper={paper.paper}>
      <div className="review-item-head">
        <strong data-testid="review-paper">{t('review.paper', { paper: paper.paper, pass: paper.pass })}</strong>
        <span className="review-label" data-testid="review-label">
          {label}
        </span>
        <span className="hint">{t('review.item', { at: at + 1, of: paper.items.length })}</span>
      </div>
      <div className={`review-pictures is-${item.kind}`}>
        {sheets.map((s, i) => (
          <figure key={`${s.sheet}:${i}`}>
            <ReviewPicture sheet={s} box={item.kind === 'row' ? item.box : undefined} load={load} label={label} />
            <figcaption className="hint">{t('review.where', { file: s.file, page: s.page })}</figcaption>
          </figure>
        ))}
      </div>
      <div className="review-seen" data-testid="review-seen">
        <strong>{t('review.seen')}:</strong>
        <ul>
          {reasons.map((r) => (
            <li key={r} data-reason={r}>
              {reasonText(t, r)}
            </li>
          ))}
        </ul>
        {item.decided && (
          <span className="badge" data-testid="review-decided">
            {t('review.board', { mark: t(words[item.decided]) })}
          </span>
        )}
      </div>
      {chooser ?? (
        <div className="review-keys" role="group" aria-label={t(hint)}>
          {item.kind === 'row' ? (
            ORDER[paper.marking].map((mark) => (
              <KeyButton
                key={mark}
                k={keys[mark]}
                label={t(words[mark])}
                onPress={() => onDecide({ kind: 'mark', mark })}
                testId={`review-${mark}`}
                primary
              />
            ))
          ) : (
            <KeyButton k="H" label={t('review.valid')} onPress={() => onDecide({ kind: 'valid' })} testId="review-valid" primary />
          )}
          <KeyButton k="X" label={t('review.invalid')} onPress={onChoose} testId="review-invalid" />
          {at > 0 && <KeyButton k="←" label={t('review.back')} onPress={onBack} testId="review-back" />}
        </div>
      )}
      <p className="hint review-hint">{t(hint)}</p>
    </div>
  );
}
