import { useEffect, useMemo } from 'react';
import { useT } from '../../i18n/i18n';
import { type Ballot, useBallots } from './ballots-store';
import { EntryStatus } from './entry-status';
import { InvalidChooser } from './invalid-chooser';
import { PaperField } from './paper-field';
import { PaperMirror } from './paper-mirror';
import { loadPass, usePaperEntry } from './paper-entry-store';
import { chooseInvalid, switchPass } from './paper-keys';
import { RecentPapers } from './recent-papers';
import { parseTypedNumbers } from './typed-numbers';
import { keepFocus } from '../common/keep-focus';

/**
 * Per-paper entry, keyboard only: the board reads a paper, the operator types the
 * numbers and Enter; the paper is saved and numbered and the next one is ready.
 */
export function PaperEntry({ ballot }: { ballot: Ballot }) {
  const t = useT();
  const { pass, text, mode, choosingInvalid, nextPaper, papers } = usePaperEntry();
  const known = useMemo(() => new Set(ballot.candidates.map((c) => c.number)), [ballot.candidates]);
  const typed = useMemo(
    () => parseTypedNumbers(mode.kind === 'entry' || mode.kind === 'edit' ? text : '', known),
    [text, mode.kind, known],
  );
  const marked = useMemo(() => new Set(mode.kind === 'reason' ? mode.numbers : typed.numbers), [mode, typed]);

  // Keyed on the id, not the object: the ballot is re-read on any change of its settings, and
  // reloading the pass each time would race the saves in flight.
  const { id, passes } = ballot;
  useEffect(() => {
    const b = useBallots.getState().ballot;
    if (b?.id !== id) return;
    // A different ballot (or a fresh screen) starts on its first pass, at its next paper.
    const s = usePaperEntry.getState();
    void loadPass(b, s.ballotId === id ? Math.min(s.pass, passes) : 1);
  }, [id, passes]);

  const paperShown = mode.kind === 'entry' ? nextPaper : 'paper' in mode ? mode.paper : null;
  return (
    <section className="paper-entry" data-testid="paper-entry">
      <div className="entry-head">
        {ballot.passes > 1 && (
          <div className="chips" role="group" aria-label={t('entry.pass')}>
            {Array.from({ length: ballot.passes }, (_, i) => i + 1).map((p) => (
              <button
                key={p}
                className={p === pass ? 'chip active' : 'chip'}
                aria-pressed={p === pass}
                onMouseDown={keepFocus}
                onClick={() => void switchPass(ballot, p)}
              >
                {t('entry.passN', { pass: p })} <kbd>Alt+{p}</kbd>
              </button>
            ))}
          </div>
        )}
        <div className={`entry-paper-no mode-${mode.kind}`} data-testid="entry-paper-no">
          {paperShown !== null ? t('entry.paperNo', { paper: paperShown }) : t('entry.gotoTitle')}
        </div>
        <span className="hint">{t('entry.enteredInPass', { count: papers.size, pass })}</span>
      </div>
      <PaperField ballot={ballot} />
      {choosingInvalid ? <InvalidChooser onChoose={(r) => chooseInvalid(ballot, r)} /> : <EntryStatus ballot={ballot} typed={typed} />}
      <div className="entry-body">
        <PaperMirror ballot={ballot} marked={marked} />
        <RecentPapers />
      </div>
    </section>
  );
}
