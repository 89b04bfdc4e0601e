/**
 * One keyboard model for the forms of the agenda and the votes: Enter saves, Esc closes without
 * saving, with the cursor still in the field (the check-in, speaker and ballot forms have their own
 * keyboard-*.test.tsx).
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { getInitialAppState, useApp } from '../../renderer/app/app-store';
import { useAgenda } from '../../renderer/features/agenda/agenda-store';
import { useVotes } from '../../renderer/features/votes/votes-store';
import { engineBridge } from '../helpers/engine-bridge';
import { resetStores } from '../helpers/reset-stores';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { congressWith } from '../integration/ballots/ballot-setup';
import { unmountThenDispose } from './engine-teardown';

let t: TempEngine;
beforeEach(async () => {
  t = tempEngine();
  await congressWith(t, 10, 7);
  resetStores(useApp, useAgenda, useVotes);
  setClient(createClient(engineBridge(t.engine)));
});
afterEach(() => unmountThenDispose(t));

describe('Esc closes a form without saving, while its field has the cursor', () => {
  it('the agenda step editor: Esc in the title leaves the step as it was; Enter saves', async () => {
    await t.engine.call('agenda:applyTemplate', { templateId: 'mttq-residential' });
    const user = userEvent.setup();
    render(<OperatorApp />);
    await screen.findByTestId('scan-field');
    await user.keyboard('{F12}');
    await screen.findByTestId('step-row-1');
    const before = (await t.engine.call('agenda:get', {})).steps[0]!.title;
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Sửa bước chương trình' });
    const title = within(dialog).getByTestId('step-title-input');
    await user.clear(title);
    await user.type(title, 'Không lưu');
    expect(title).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await t.engine.call('agenda:get', {})).steps[0]!.title).toBe(before);

    await user.keyboard('{Enter}');
    const again = await screen.findByRole('dialog', { name: 'Sửa bước chương trình' });
    await user.type(within(again).getByTestId('step-title-input'), ' (sửa){Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await t.engine.call('agenda:get', {})).steps[0]!.title).toBe(`${before} (sửa)`);
  });

  it('the reason to reopen a vote: Esc in the reason closes it and the vote stays closed', async () => {
    const v = await t.engine.call('votes:create', { question: 'Biểu quyết đã xong' });
    await t.engine.call('votes:record', { id: v.id, counts: 'unanimous', close: true });
    useApp.setState({ ...getInitialAppState(), view: 'votes' });
    const user = userEvent.setup();
    render(<OperatorApp />);
    await user.click(await screen.findByTestId('vote-reopen'));
    const reason = screen.getByTestId('reason-input');
    await user.click(reason);
    await user.type(reason, 'Đếm lại');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('reason-input')).not.toBeInTheDocument());
    expect((await t.engine.call('votes:list', {}))[0]).toMatchObject({ state: 'closed' });
  });
});
