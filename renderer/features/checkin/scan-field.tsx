import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/i18n';
import { checkInDelegate, scanCode, undoLast } from './checkin-actions';
import { useCheckin } from './checkin-store';
import type { IndexedDelegate } from '../roster/roster-store';
import { focusTakenElsewhere } from '../common/keep-focus';
import { onlyNameMatch } from './name-match';
import { isAbsentKey } from './checkin-keys';

/**
 * The scan field never loses focus during check-in: a USB scanner types the code and Enter into
 * whatever has focus, so a stray click must not swallow the next delegate's card.
 */
export function ScanField({ visible }: { visible: IndexedDelegate[] }) {
  const t = useT();
  const ref = useRef<HTMLInputElement>(null);
  const { query, highlighted, setQuery, setHighlighted } = useCheckin();
  const dialogOpen = useCheckin((s) => s.absentFor !== null);

  useEffect(() => {
    if (!dialogOpen) ref.current?.focus();
  }, [dialogOpen]);

  const refocus = () => {
    setTimeout(() => {
      if (!focusTakenElsewhere()) ref.current?.focus();
    }, 0);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    // The row picked with the arrows, else the one delegate the typed name matches.
    const picked = visible[highlighted] ?? onlyNameMatch(visible, query);
    if (e.key === 'Enter') {
      e.preventDefault();
      // Cleared now, not when the answer comes: a scanner may already be typing the next card.
      const code = query;
      setQuery('');
      if (picked) void checkInDelegate(picked.id);
      else if (code.trim()) void scanCode(code);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setHighlighted(Math.max(-1, Math.min(visible.length - 1, highlighted + step)));
    } else if (e.key === 'Escape') {
      setQuery('');
    } else if (e.key === 'z' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void undoLast();
    } else if (isAbsentKey(e.nativeEvent)) {
      e.preventDefault();
      if (picked) useCheckin.getState().askAbsent(picked);
      else useCheckin.getState().say('checkin.absentPickFirst');
    }
  };

  return (
    <label className="scan-field">
      <span className="scan-label">{t('checkin.scanLabel')}</span>
      <input
        ref={ref}
        autoFocus
        autoComplete="off"
        spellCheck={false}
        value={query}
        placeholder={t('checkin.scanPlaceholder')}
        aria-label={t('checkin.scanPlaceholder')}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={refocus}
        data-testid="scan-field"
      />
    </label>
  );
}
