import type { ProjectorView } from '../../../shared/contract/types';
import { formatDate } from '../../../shared/domain/format';
import { foldForSearch } from '../../../shared/domain/vietnamese-text';
import { SlideFrame } from './slide-frame';
import { toColumns, useRotatingPage } from './use-rotating-page';
import { tr } from './slide-text';

const PER_COLUMN = 12;

/**
 * The projected ballot carries no kind, so the wording follows its title: a consultation
 * (hiệp thương) elects "trúng hiệp thương", any other ballot "trúng cử".
 */
function heading(title: string): string {
  return tr(foldForSearch(title).includes('hiep thuong') ? 'slide.electedConsult' : 'slide.electedTitle');
}

/** Names only, in the printed (list) order, as the presidium reads the list out. */
export function BallotElectedSlide({ view }: { view: ProjectorView }) {
  const data = view.ballot;
  const elected = data ? new Set(data.tally.elected) : new Set<number>();
  const list = data ? data.ballot.candidates.filter((c) => elected.has(c.number)) : [];
  const columns = list.length <= 8 ? 1 : list.length <= 24 ? 2 : 3;
  const { page, index, count } = useRotatingPage(list, PER_COLUMN * columns);
  if (!data)
    return (
      <SlideFrame view={view} kind="ballot_elected">
        {tr('slide.ballotNotPublished')}
      </SlideFrame>
    );
  const { ballot, tally } = data;
  return (
    <SlideFrame view={view} kind="ballot_elected">
      <div className="ballot-slide-kicker">{heading(ballot.title)}</div>
      <div className="ballot-slide-title">{ballot.title}</div>
      <div className="ballot-base">{tr('slide.electedCount', { n: tally.elected.length, seats: tally.seats })}</div>
      <div className={`elected-columns cols-${columns}`}>
        {toColumns(page, PER_COLUMN).map((column, i) => (
          <ol key={i} className="elected-column" start={index * PER_COLUMN * columns + i * PER_COLUMN + 1}>
            {column.map((c) => (
              <li key={c.number} className="elected-row" data-testid={`elected-${c.number}`}>
                {c.name}
                {c.showBirthDate && c.birthDate && <span className="e-birth"> ({formatDate(c.birthDate)})</span>}
              </li>
            ))}
          </ol>
        ))}
      </div>
      {tally.seatsOpen > 0 && <div className="ballot-base">{tr('slide.seatsOpen', { n: tally.seatsOpen })}</div>}
      {count > 1 && <div className="slide-page">{tr('slide.page', { n: index + 1, of: count })}</div>}
    </SlideFrame>
  );
}
