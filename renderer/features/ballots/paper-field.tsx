import { memo, useEffect, useRef } from 'react';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import type { Ballot } from './ballots-store';
import { type EntryMode, usePaperEntry } from './paper-entry-store';
import { handleKey } from './paper-keys';
import { focusTakenElsewhere } from '../common/keep-focus';

const PROMPT: Record<EntryMode['kind'], MessageKey> = {
  entry: 'entry.promptStruck',
  goto: 'entry.promptGoto',
  edit: 'entry.promptEdit',
  reason: 'entry.promptReason',
};

/**
 * The one field of paper entry. It keeps the keyboard whatever is clicked: the board reads a
 * paper, the operator types, and a stray click must never swallow the next paper's numbers.
 * Memoised: a paper saved in another window re-renders the entry screen, and re-rendering an input
 * rewrites its attributes, which repaints the whole window around it.
 */
export const PaperField = memo(function PaperField({ ballot }: { ballot: Ballot }) {
  const t = useT();
  const ref = useRef<HTMLInputElement>(null);
  const text = usePaperEntry((s) => s.text);
  const mode = usePaperEntry((s) => s.mode);
  const setText = usePaperEntry((s) => s.setText);

  useEffect(() => {
    ref.current?.focus();
  }, [mode]);

  const refocus = () => {
    setTimeout(() => {
      if (!focusTakenElsewhere()) ref.current?.focus();
    }, 0);
  };

  const prompt =
    mode.kind === 'entry' && ballot.entryMode === 'kept'
      ? t('entry.promptKept')
      : t(PROMPT[mode.kind], {
          paper: 'paper' in mode ? mode.paper : 0,
          action: mode.kind === 'reason' ? t(mode.action === 'void' ? 'entry.actionVoid' : 'entry.actionReplace') : '',
        });

  return (
    <label className={`paper-field mode-${mode.kind}`}>
      <span className="paper-field-prompt">{prompt}</span>
      <input
        ref={ref}
        autoFocus
        autoComplete="off"
        spellCheck={false}
        inputMode={mode.kind === 'reason' ? 'text' : 'numeric'}
        maxLength={mode.kind === 'reason' ? 500 : 4000}
        value={text}
        aria-label={prompt}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (handleKey(ballot, e)) e.preventDefault();
        }}
        onBlur={refocus}
        data-testid="paper-field"
      />
    </label>
  );
});
