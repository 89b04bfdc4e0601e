import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { useLocale } from '../../renderer/i18n/i18n';
import { useBallots } from '../../renderer/features/ballots/ballots-store';
import { useVotes } from '../../renderer/features/votes/votes-store';
import { getInitialAppState, useApp } from '../../renderer/app/app-store';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { engineBridge } from '../helpers/engine-bridge';
import { resetStores } from '../helpers/reset-stores';
import { congressWith } from '../integration/ballots/ballot-setup';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { openBallotScreen } from './ballot-screen';
import { unmountThenDispose } from './engine-teardown';

// English counts take the singular for one (renderer/i18n/en.ts, `_one` keys): "1 seat", never "1 seats".
let t: TempEngine;

beforeEach(() => {
  t = tempEngine();
  useLocale.setState({ locale: 'en' });
});
afterEach(() => {
  useLocale.setState({ locale: 'vi' });
  unmountThenDispose(t);
});

describe.each([
  [1, ['Nguyễn Văn An'], '1 name', '1 seat'],
  [2, ['Nguyễn Văn An', 'Phạm Thị Bình'], '2 names', '2 seats'],
])('a ballot for %i seat(s), in English', (seats, candidates, names, seatWord) => {
  it('counts names and seats in the list, the heading, the candidate list and the paper preview', async () => {
    await openBallotScreen(t, { seats, seatsApproved: seats }, candidates);
    const user = userEvent.setup();
    render(<OperatorApp />);
    const field = await screen.findByTestId('paper-field');

    const list = screen.getByRole('navigation', { name: 'Consultation / election' });
    await waitFor(() => expect(within(list).getByText(`${names} · ${seatWord}`)).toBeInTheDocument());
    expect(screen.getByText(`${seatWord} of ${seats} approved · ${names} on the list`)).toBeInTheDocument();

    await waitFor(() => expect(screen.getByTestId('entry-paper-no')).toHaveTextContent('Paper no. 1'));
    await user.type(field, '1');
    expect(await screen.findByTestId('entry-preview')).toHaveTextContent(new RegExp(`^${seats - 1} kept / ${seatWord} · `));

    useBallots.getState().setPane('setup');
    const editor = await screen.findByRole('region', { name: 'Candidate list' });
    expect(within(editor).getByText(`${names} · ${seatWord}`)).toBeInTheDocument();
  });
});

describe('a closed vote, in English', () => {
  it('says how many in favour it needed, out of how many', async () => {
    await congressWith(t, 10, 7);
    const v = await t.engine.call('votes:create', { question: 'Thông qua chương trình Đại hội' });
    await t.engine.call('votes:record', { id: v.id, counts: 'unanimous', close: true });
    useApp.setState({ ...getInitialAppState(), view: 'votes' });
    resetStores(useVotes);
    setClient(createClient(engineBridge(t.engine)));
    render(<OperatorApp />);
    const detail = await screen.findByTestId('vote-detail');
    await waitFor(() => expect(detail).toHaveTextContent('Needs at least 4 in favour, out of 7'));
  });
});
