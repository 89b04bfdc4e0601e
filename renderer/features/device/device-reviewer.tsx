import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CommandOutput } from '../../../shared/contract/channels';
import { client } from '../../app/client-instance';
import { useT } from '../../i18n/i18n';
import { InvalidChooser } from '../ballots/invalid-chooser';
import { engineReviewSource } from '../scan/review-source';
import { ScanReview } from '../scan/scan-review';
import '../scan/scan.css';

type Ballot = CommandOutput<'ballots:get'>;
type Summary = CommandOutput<'ballots:list'>[number];

/** The paper ballots a board can review: entered on paper and not yet counted. */
const reviewable = (b: Summary) => b.method === 'paper' && b.state === 'open';

/** The ballots to choose from, read again when a ballot changes (opened, counted). */
function useReviewableBallots(): Summary[] | null {
  const [ballots, setBallots] = useState<Summary[] | null>(null);
  useEffect(() => {
    const load = () =>
      void client()
        .call('ballots:list', {})
        .then((r) => r.ok && setBallots(r.value.filter(reviewable)));
    load();
    const c = client();
    const offs = [c.on('ballots:changed', load), c.onReread(load)];
    return () => offs.forEach((off) => off());
  }, []);
  return ballots;
}

/**
 * One ballot's review on the device: the board's review of the doubtful scanned papers, the same
 * screen as on the laptop (renderer/features/scan/scan-review.tsx), fed by this device's link to the
 * engine (papers:pending, papers:sheetImage, papers:decide, a reviewer's commands: shared/contract/roles.ts).
 * A reviewer does not hear that a batch was scanned (an event of the laptop's): any change of the
 * ballot (a paper entered, a decision of another reviewer) makes it look again when it has nothing left.
 */
function BallotReview({ ballotId, onLeave }: { ballotId: number; onLeave(): void }) {
  const t = useT();
  const [ballot, setBallot] = useState<Ballot | null>(null);
  const [freshness, setFreshness] = useState(0);
  const source = useMemo(() => engineReviewSource(ballotId), [ballotId]);
  const names = useMemo(() => new Map((ballot?.candidates ?? []).map((c) => [c.number, c.name])), [ballot]);
  useEffect(() => {
    void client()
      .call('ballots:get', { id: ballotId })
      .then((r) => r.ok && setBallot(r.value));
    const c = client();
    const offs = [
      c.on('ballots:changed', (e) => {
        if (e.ballotId === ballotId) setFreshness((n) => n + 1);
      }),
      c.onReread(() => setFreshness((n) => n + 1)),
    ];
    return () => offs.forEach((off) => off());
  }, [ballotId]);
  if (!ballot) return <p className="device-message">{t('device.loading')}</p>;
  return (
    <div className="device-reviewer-review" data-testid="device-review">
      <ScanReview source={source} names={names} ReasonChooser={InvalidChooser} freshness={freshness} onLeave={onLeave} />
    </div>
  );
}

/**
 * A reviewer's screen (docs/hall-network.md §3): the ballots open on paper to choose from, then the
 * board's review of that ballot's doubtful scanned papers. With one such ballot it opens at once.
 */
export function DeviceReviewer() {
  const t = useT();
  const ballots = useReviewableBallots();
  const [chosen, setChosen] = useState<number | null>(null);
  const only = ballots?.length === 1 ? ballots[0]!.id : null;
  const [left, setLeft] = useState(false);
  const shown = chosen ?? (left ? null : only);
  const leave = useCallback(() => {
    setChosen(null);
    setLeft(true);
  }, []);
  if (ballots === null) return <p className="device-message">{t('device.loading')}</p>;
  if (shown !== null) return <BallotReview key={shown} ballotId={shown} onLeave={leave} />;
  if (ballots.length === 0) return <p className="device-message panel">{t('device.reviewNoBallot')}</p>;
  return (
    <section className="panel device-reviewer-choice" data-testid="device-review-ballots">
      <h2>{t('device.reviewChoose')}</h2>
      <ul>
        {ballots.map((b) => (
          <li key={b.id}>
            <button type="button" onClick={() => setChosen(b.id)} data-ballot={b.id}>
              {b.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
