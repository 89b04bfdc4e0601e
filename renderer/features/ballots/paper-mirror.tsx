import { memo, useMemo } from 'react';
import { formatDate } from '../../../shared/domain/format';
import type { Ballot } from './ballots-store';

interface CellProps {
  number: number;
  name: string;
  birth: string | null;
  marked: boolean;
  /** In "kept" mode, once something is typed, the names not typed are the struck ones. */
  implicitStruck: boolean;
  mode: Ballot['entryMode'];
}

/** Memoised: a keystroke re-renders only the cells whose mark changed, even with 400 names. */
const Cell = memo(function Cell({ number, name, birth, marked, implicitStruck, mode }: CellProps) {
  const struck = (mode === 'struck' && marked) || implicitStruck;
  const cls = struck ? 'mirror-cell struck' : marked ? 'mirror-cell kept' : 'mirror-cell';
  return (
    <li className={cls} data-number={number} data-marked={marked || undefined}>
      <span className="mirror-number">{number}</span>
      <span className="mirror-name">
        {name}
        {birth && <span className="mirror-birth"> ({birth})</span>}
      </span>
    </li>
  );
});

/**
 * The paper as the board holds it: numbers and names in columns, top to bottom then left to
 * right like the printed list, with what is being typed marked on it as it is typed. Memoised as
 * a whole: a paper saved in another window changes the counts beside it, not the paper.
 */
export const PaperMirror = memo(function PaperMirror({ ballot, marked }: { ballot: Ballot; marked: ReadonlySet<number> }) {
  const n = ballot.candidates.length;
  const columns = n <= 12 ? 1 : n <= 30 ? 2 : n <= 75 ? 3 : 4;
  const rows = Math.ceil(n / columns);
  const keptMode = ballot.entryMode === 'kept' && marked.size > 0;
  // Per ballot, not per keystroke: only the marks change while the operator types.
  const births = useMemo(() => ballot.candidates.map((c) => (c.showBirthDate ? formatDate(c.birthDate) : null)), [ballot.candidates]);
  return (
    <ol className={`paper-mirror cols-${columns}`} style={{ gridTemplateRows: `repeat(${rows}, auto)` }} data-testid="paper-mirror">
      {ballot.candidates.map((c, i) => (
        <Cell
          key={c.number}
          number={c.number}
          name={c.name}
          birth={births[i] ?? null}
          marked={marked.has(c.number)}
          implicitStruck={keptMode && !marked.has(c.number)}
          mode={ballot.entryMode}
        />
      ))}
    </ol>
  );
});
