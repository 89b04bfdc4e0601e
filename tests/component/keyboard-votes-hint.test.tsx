/**
 * The empty votes screen names the key that makes a new vote: Alt+N (Ctrl+N is the menu's "new
 * congress"; see renderer/features/votes/vote-keys.ts).
 */
import { render, screen, within } from '@testing-library/react';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { getInitialAppState, useApp } from '../../renderer/app/app-store';
import { useVotes } from '../../renderer/features/votes/votes-store';
import { useLocale } from '../../renderer/i18n/i18n';
import { engineBridge } from '../helpers/engine-bridge';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { unmountThenDispose } from './engine-teardown';
import { resetStores } from '../helpers/reset-stores';

let t: TempEngine;

beforeEach(async () => {
  t = tempEngine();
  await t.engine.call('congress:create', { name: 'Đại hội thử nghiệm', path: t.file('c.congress') });
  useApp.setState({ ...getInitialAppState(), view: 'votes' });
  resetStores(useVotes);
  setClient(createClient(engineBridge(t.engine)));
});
afterEach(() => {
  useLocale.setState({ locale: 'vi' });
  unmountThenDispose(t);
});

describe('empty votes screen', () => {
  it.each([
    ['vi', 'Biểu quyết', 'Chưa có biểu quyết nào. Bấm «Biểu quyết mới» (Alt+N).'],
    ['en', 'Show-of-hands votes', 'No votes yet. Press "New vote" (Alt+N).'],
  ] as const)('says Alt+N, the key of a new vote (%s)', async (locale, title, hint) => {
    useLocale.setState({ locale });
    render(<OperatorApp />);
    const list = await screen.findByRole('navigation', { name: title });
    expect(within(list).getByText(hint)).toBeInTheDocument();
    expect(list).not.toHaveTextContent('Ctrl+N');
  });
});
