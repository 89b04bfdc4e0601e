import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { getInitialAppState, useApp } from '../../renderer/app/app-store';
import { useProjector } from '../../renderer/features/projector-control/projector-store';
import { engineBridge } from '../helpers/engine-bridge';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { congressWith } from '../integration/ballots/ballot-setup';
import { unmountThenDispose } from './engine-teardown';

/**
 * The clicker on a long result: PageDown/PageUp hold the next/previous page of the slide on air and
 * Home lets the pages turn by themselves again; on other slides the same keys still run the agenda.
 */
let t: TempEngine;
let ballotId = 0;

beforeEach(async () => {
  t = tempEngine();
  await congressWith(t, 40, 40);
  const b = await t.engine.call('ballots:create', {
    title: 'Bầu Ban Chấp hành',
    kind: 'committee',
    seatsApproved: 45,
    seats: 45,
    method: 'hands_per_name',
    preset: 'party',
    rules: { base: 'valid', allStruck: 'valid', tie: 'rerun' },
    entryMode: 'struck',
    passes: 1,
  });
  ballotId = b.id;
  const names = Array.from({ length: 60 }, (_, i) => ({ name: `Ứng Viên Số ${i + 1}`, birthDate: null }));
  await t.engine.call('ballots:setCandidates', { id: b.id, candidates: names });
  await t.engine.call('ballots:open', { id: b.id });
  const votes = Object.fromEntries(names.map((_, i) => [i + 1, 40 - Math.floor(i / 2)]));
  await t.engine.call('ballots:aggregate', { ballotId: b.id, valid: 40, invalid: 0, votes });
  if ((await t.engine.call('ballots:get', { id: b.id })).state === 'open') await t.engine.call('ballots:count', { id: b.id });
  await t.engine.call('ballots:publish', { id: b.id });
  await t.engine.call('agenda:applyTemplate', { templateId: 'mttq-commune' });
  useApp.setState({ ...getInitialAppState(), view: 'projector' });
  useProjector.setState({ view: null, stage: null });
  setClient(createClient(engineBridge(t.engine)));
});
afterEach(() => unmountThenDispose(t));

const onAir = async () => (await t.engine.call('projector:stage', {})).onAir;

describe('turning the pages of a long result with the clicker', () => {
  it('holds the next and previous page, wraps at the ends, and lets them turn again with Home', async () => {
    await t.engine.call('projector:set', { slide: 'ballot_result', ballotId });
    const user = userEvent.setup();
    render(<OperatorApp />);
    const preview = await screen.findByTestId('projector-preview');
    await waitFor(() => expect(preview).toHaveTextContent('Trang 1/'));
    await user.keyboard('{PageDown}');
    await waitFor(async () => expect(await onAir()).toEqual({ slide: 'ballot_result', ballotId, page: 1 }));
    await waitFor(() => expect(preview).toHaveTextContent('Trang 2/'));
    await user.keyboard('{PageUp}{PageUp}');
    // before the first page is the last one
    await waitFor(async () => expect((await onAir()).page).toBe(-1));
    const pages = /Trang \d+\/(\d+)/.exec(preview.textContent ?? '')![1];
    await waitFor(() => expect(preview).toHaveTextContent(`Trang ${pages}/${pages}`));
    await user.keyboard('{Home}');
    await waitFor(async () => expect(await onAir()).toEqual({ slide: 'ballot_result', ballotId }));
    // the agenda did not move: the clicker turned the result, not the programme
    expect((await t.engine.call('agenda:get', {})).currentStepId).toBeNull();
  });

  it('runs the agenda as before when the slide on air has no pages, and a new slide starts turning by itself', async () => {
    await t.engine.call('projector:set', { slide: 'ballot_result', ballotId, page: 1 });
    await t.engine.call('projector:set', { slide: 'welcome' });
    expect(await onAir()).toEqual({ slide: 'welcome' });
    const user = userEvent.setup();
    render(<OperatorApp />);
    await screen.findByTestId('projector-preview');
    await waitFor(() => expect(useProjector.getState().stage?.onAir.slide).toBe('welcome'));
    await user.keyboard('{PageDown}');
    await waitFor(async () => expect((await t.engine.call('agenda:get', {})).currentStepId).not.toBeNull());
    const refused = await t.engine.invoke('projector:page', { page: 2 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', key: 'projector.notPaged' } });
  });
});
