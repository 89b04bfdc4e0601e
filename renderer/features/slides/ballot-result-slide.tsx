import type { CSSProperties } from 'react';
import type { ProjectorView } from '../../../shared/contract/types';
import { formatCount, formatDate, formatHundredths } from '../../../shared/domain/format';
import { consults } from '../../../shared/domain/ballot';
import { BASE_PHRASE, byVotes } from '../common/tally-terms';
import { HallText } from './hall-phrases';
import { SlideFrame } from './slide-frame';
import { SlideFoot } from './slide-foot';
import { useCountThatFits, useFitLine } from './use-fit';
import { toColumns, useRotatingPage } from './use-rotating-page';
import { tr } from './slide-text';

/**
 * Legibility decides, not the list: a row of 2.8 cqmin (≈ 22 px at 768 lines) is the smallest that
 * reads from the back of a hall, so rows keep that size and a column takes as many as the screen
 * leaves room for under the title and counts (measured: use-fit.ts); longer lists page, turning
 * every 10 s. Up to 8 names: one wide column; more: two. Shrinking the type to fit 60 names at once
 * would make every name unreadable.
 */
const ONE_COLUMN_UP_TO = 8;

/** The result as read out: title, the six counts, every candidate by votes, the elected highlighted. */
export function BallotResultSlide({ view }: { view: ProjectorView }) {
  const data = view.ballot;
  const ranked = data ? byVotes(data.tally.candidates) : [];
  const columnsPerPage = ranked.length <= ONE_COLUMN_UP_TO ? 1 : 2;
  const [listRef, rows] = useCountThatFits<HTMLDivElement>(16);
  const { page, index, count } = useRotatingPage(ranked, rows * columnsPerPage, view.page ?? null);
  const title = useFitLine<HTMLDivElement>(0.85);
  if (!data)
    return (
      <SlideFrame view={view} kind="ballot_result">
        {tr('slide.ballotNotPublished')}
      </SlideFrame>
    );
  const { ballot, tally } = data;
  const consulting = consults(ballot.preset); // the words follow the preset, as the documents' (docs/documents.md, Words)
  // Two candidates of the same name are told apart by their birth date, as on the paper and the minutes.
  const birthOf = new Map(ballot.candidates.map((c) => [c.number, c.showBirthDate ? c.birthDate : null]));
  const tied = tally.candidates.some((c) => c.tiedAtCutoff);
  const counts: [string, number | null][] = [
    [tr('slide.summoned'), ballot.counts.summoned],
    [tr('slide.presentShort'), ballot.counts.present],
    [tr('slide.issued'), ballot.counts.issued],
    [tr('slide.returned'), tally.returned],
    [tr('slide.valid'), tally.valid],
    [tr('slide.invalid'), tally.invalid],
  ];
  return (
    <SlideFrame view={view} kind="ballot_result">
      <div className="ballot-slide-kicker">{tr('slide.resultTitle')}</div>
      <div className="ballot-slide-title" ref={title}>
        <HallText text={ballot.title} />
      </div>
      <div className="ballot-counts" data-testid="slide-counts">
        {counts.map(([label, n]) => (
          <div key={label}>
            {/* A bare «—» reads as zero or as a fault from the back of the hall: a count not entered says so. */}
            {n === null ? <span className="n n-missing">{tr('slide.notEntered')}</span> : <span className="n">{formatCount(n)}</span>}
            <span>{label}</span>
          </div>
        ))}
      </div>
      <div className="ballot-base">
        {tr(consulting ? 'slide.baseLineConsult' : 'slide.baseLine', {
          base: tr(BASE_PHRASE[tally.base.kind]),
          n: formatCount(tally.base.value),
          seats: formatCount(tally.seats),
        })}
      </div>
      <div className={`result-columns cols-${columnsPerPage}`} ref={listRef}>
        {toColumns(page, rows).map((column, i) => (
          <ol key={i} className="result-column">
            {column.map((c) => (
              <li
                key={c.number}
                className={c.elected ? 'result-row elected' : c.tiedAtCutoff ? 'result-row tied' : 'result-row'}
                style={{ '--pct': `${Math.min(100, c.percentOfBase / 100)}%` } as CSSProperties}
                data-testid={`result-${c.number}`}
              >
                <span className="r-name">
                  {c.name}
                  {birthOf.get(c.number) && <span className="r-birth"> ({formatDate(birthOf.get(c.number)!)})</span>}
                </span>
                <span className="r-votes">{formatCount(c.votes)}</span>
                <span className="r-pct">{formatHundredths(c.percentOfBase, '')}</span>
                <span className="r-mark">{c.elected ? '✓' : c.tiedAtCutoff ? '=' : ''}</span>
              </li>
            ))}
          </ol>
        ))}
      </div>
      <SlideFoot page={index + 1} pages={count}>
        {tied && (
          <div className="ballot-legend" data-testid="slide-tie-legend">
            {tr(consulting ? 'slide.tieLegendConsult' : 'slide.tieLegend')}
          </div>
        )}
      </SlideFoot>
    </SlideFrame>
  );
}
