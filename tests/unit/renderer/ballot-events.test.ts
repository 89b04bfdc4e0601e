import { LATER_MS, dropQueuedChanges, takeBallotChange } from '../../../renderer/features/ballots/ballot-events';
import type { BallotChange } from '../../../renderer/features/ballots/ballots-store';

/**
 * A saved paper's event is applied a moment later, papers together (the window that typed it paints
 * first); any other event of a ballot flushes them first, so the order of events never changes.
 */
const paper = (n: number) => ({ ballotId: 1, paper: { pass: 1, paper: n } }) as unknown as BallotChange;
const settings = { ballotId: 1 } as BallotChange;

describe('ballot events in a window', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    dropQueuedChanges();
    vi.useRealTimers();
  });

  it('applies papers a moment later, together and in order', () => {
    const applied: BallotChange[] = [];
    takeBallotChange(paper(1), (c) => applied.push(c));
    takeBallotChange(paper(2), (c) => applied.push(c));
    expect(applied).toEqual([]);
    vi.advanceTimersByTime(LATER_MS);
    expect(applied).toEqual([paper(1), paper(2)]);
  });

  it('a change of the ballot itself comes after the papers queued before it, at once', () => {
    const applied: BallotChange[] = [];
    takeBallotChange(paper(1), (c) => applied.push(c));
    takeBallotChange(settings, (c) => applied.push(c));
    expect(applied).toEqual([paper(1), settings]);
    vi.advanceTimersByTime(LATER_MS);
    expect(applied).toHaveLength(2);
  });

  it('a re-read drops what is queued: nothing older is applied over it', () => {
    const applied: BallotChange[] = [];
    takeBallotChange(paper(1), (c) => applied.push(c));
    dropQueuedChanges();
    vi.advanceTimersByTime(LATER_MS * 2);
    expect(applied).toEqual([]);
  });
});
