import { render, screen } from '@testing-library/react';
import { BallotResultSlide } from '../../renderer/features/slides/ballot-result-slide';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { congressFor, countedBallot } from '../integration/exports/export-setup';

/**
 * The result slide as the hall reads it: two candidates named «Nguyễn Văn Bình» are told apart by
 * their birth date (as on the paper and in the minutes), and the «=» of a tie at the last seat is
 * explained on the slide.
 */
let t: TempEngine;
beforeEach(() => (t = tempEngine()));
afterEach(() => t.dispose());

it('tells two candidates of the same name apart and explains the tie mark', async () => {
  await congressFor(t, 6, 3); // 3 present: 2 votes of 3 pass, and five names have 2 for 4 seats
  const id = await countedBallot(t, [
    [5, 6, 7],
    [4, 6, 7],
    [1, 2, 3],
  ]);
  await t.engine.call('ballots:publish', { id });
  await t.engine.call('projector:set', { slide: 'ballot_result', ballotId: id });
  const view = await t.engine.call('projector:view', {});
  render(<BallotResultSlide view={view} />);
  const names = [...document.querySelectorAll('.r-name')].map((n) => n.textContent);
  expect(names.filter((n) => n?.startsWith('Nguyễn Văn Bình')).sort()).toEqual([
    'Nguyễn Văn Bình (02/05/1970)',
    'Nguyễn Văn Bình (09/01/1980)',
  ]);
  // a name no one else bears is shown alone
  expect(names).toContain('Trần Thị Anh');
  const tied = [...document.querySelectorAll('.result-row.tied')];
  expect(tied.length).toBeGreaterThan(0);
  expect(screen.getByTestId('slide-tie-legend')).toHaveTextContent('= bằng số phiếu nhau ở vị trí cuối');
});

it('words a Front consultation as hiệp thương and a Party election as bầu, by the ballot’s preset', async () => {
  await congressFor(t, 6, 3);
  const id = await countedBallot(t, [
    [5, 6, 7],
    [4, 6, 7],
    [1, 2, 3],
  ]); // preset mttq
  await t.engine.call('ballots:publish', { id });
  await t.engine.call('projector:set', { slide: 'ballot_result', ballotId: id });
  const consultation = render(<BallotResultSlide view={await t.engine.call('projector:view', {})} />);
  expect(document.querySelector('.ballot-base')).toHaveTextContent(/^Số lượng hiệp thương cử: \d+ ·/);
  expect(screen.getByTestId('slide-tie-legend')).toHaveTextContent('vượt số lượng cần hiệp thương cử');
  consultation.unmount();

  const view = await t.engine.call('projector:view', {});
  const party = { ...view, ballot: { ...view.ballot!, ballot: { ...view.ballot!.ballot, preset: 'party' as const } } };
  render(<BallotResultSlide view={party} />);
  expect(document.querySelector('.ballot-base')).toHaveTextContent(/^Số lượng bầu: \d+ ·/);
  expect(screen.getByTestId('slide-tie-legend')).toHaveTextContent('vượt số lượng cần bầu');
});
