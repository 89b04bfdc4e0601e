/**
 * A recorded batch of scans tells the other windows: one `ballots:changed` without a paper (re-read
 * the ballot) per batch, as a file of papers does (main/services/paper-batch-service.ts), never one
 * event per paper or per name.
 */
import type { EventName } from '../../../shared/contract/channels';
import { recordScannedPages } from '../../../main/services/scan-service';
import { steppingClock, type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressFor } from '../exports/export-setup';
import { readableBallot } from './read-pages';
import { NAMES } from './scan-setup';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine(steppingClock());
});
afterEach(() => t.dispose());

/** Every event the engine delivers from now on, by name and payload. */
function heard(): { name: EventName; payload: unknown }[] {
  const events: { name: EventName; payload: unknown }[] = [];
  t.engine.on((name, payload) => events.push({ name, payload }));
  return events;
}

describe('a recorded batch of scanned papers', () => {
  it('is announced once for its ballot, whether its papers are counted at once or wait for the board', async () => {
    await congressFor(t, 8, 8);
    const { id, page } = await readableBallot(t, NAMES, 9);
    const events = heard();
    recordScannedPages(t.engine.context(), {
      ballotId: id,
      pass: 1,
      pages: [page(1, { 1: 'struck', 2: 'struck', 3: 'struck' }), page(1, { 4: 'struck', 5: 'struck', 6: 'struck' })],
    });
    expect(events.filter((e) => e.name === 'ballots:changed')).toEqual([{ name: 'ballots:changed', payload: { ballotId: id } }]);

    events.length = 0;
    const report = recordScannedPages(t.engine.context(), { ballotId: id, pass: 1, pages: [page(1, { 1: 'struck', 6: ['short-line'] })] });
    expect([report.accepted, report.pending]).toEqual([0, 1]);
    expect(events.filter((e) => e.name === 'ballots:changed')).toEqual([{ name: 'ballots:changed', payload: { ballotId: id } }]);

    events.length = 0;
    const mixed = recordScannedPages(t.engine.context(), {
      ballotId: id,
      pass: 1,
      pages: [page(1, { 7: 'struck', 8: 'struck', 9: 'struck' }), page(1, { 2: ['faint'] })],
    });
    expect([mixed.accepted, mixed.pending]).toEqual([1, 1]);
    expect(events.filter((e) => e.name === 'ballots:changed')).toEqual([{ name: 'ballots:changed', payload: { ballotId: id } }]);
  });
});
