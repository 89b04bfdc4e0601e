import type { ProjectorView } from '../../../shared/contract/types';
import { formatDate } from '../../../shared/domain/format';
import { consults } from '../../../shared/domain/ballot';
import { HallText } from './hall-phrases';
import { SlideFrame } from './slide-frame';
import { FitLine } from './fit-line';
import { SlideFoot } from './slide-foot';
import { useCountThatFits, useFitLine, useWideStage } from './use-fit';
import { toColumns, useRotatingPage } from './use-rotating-page';
import { tr } from './slide-text';

/** Names only, in the printed (list) order, as the presidium reads the list out. */
export function BallotElectedSlide({ view }: { view: ProjectorView }) {
  const data = view.ballot;
  const elected = data ? new Set(data.tally.elected) : new Set<number>();
  const list = data ? data.ballot.candidates.filter((c) => elected.has(c.number)) : [];
  // Rows keep their size; a column takes what the screen leaves under the heading (use-fit.ts), and
  // a 4:3 screen has room across for two columns of full names, a wide one for three.
  const [listRef, rows] = useCountThatFits<HTMLDivElement>(16);
  const wide = useWideStage(listRef);
  const columns = list.length <= 8 ? 1 : list.length <= 24 || !wide ? 2 : 3;
  const { page, index, count } = useRotatingPage(list, rows * columns, view.page ?? null);
  const title = useFitLine<HTMLDivElement>(0.85);
  if (!data)
    return (
      <SlideFrame view={view} kind="ballot_elected">
        {tr('slide.ballotNotPublished')}
      </SlideFrame>
    );
  const { ballot, tally } = data;
  return (
    <SlideFrame view={view} kind="ballot_elected">
      {/* the words follow the ballot's preset, as the documents' do (docs/documents.md, Words) */}
      <div className="ballot-slide-kicker">{tr(consults(ballot.preset) ? 'slide.electedConsult' : 'slide.electedTitle')}</div>
      <div className="ballot-slide-title" ref={title}>
        <HallText text={ballot.title} />
      </div>
      <div className="ballot-base">
        {tr(consults(ballot.preset) ? 'slide.electedCountConsult' : 'slide.electedCount', { n: tally.elected.length, seats: tally.seats })}
      </div>
      <div className={`elected-columns cols-${columns}`} ref={listRef}>
        {toColumns(page, rows).map((column, i) => (
          <ol key={i} className="elected-column" start={index * rows * columns + i * rows + 1}>
            {column.map((c) => (
              <li key={c.number} className="elected-row" data-testid={`elected-${c.number}`}>
                {/* one line a name, so every row is as tall as the one measured */}
                <FitLine className="elected-name" min={0.8}>
                  {c.name}
                  {c.showBirthDate && c.birthDate && <span className="e-birth"> ({formatDate(c.birthDate)})</span>}
                </FitLine>
              </li>
            ))}
          </ol>
        ))}
      </div>
      <SlideFoot page={index + 1} pages={count}>
        {tally.seatsOpen > 0 && <div className="ballot-base">{tr('slide.seatsOpen', { n: tally.seatsOpen })}</div>}
      </SlideFoot>
    </SlideFrame>
  );
}
