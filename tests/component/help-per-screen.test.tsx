import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { getInitialAppState, useApp, type View } from '../../renderer/app/app-store';
import { engineBridge } from '../helpers/engine-bridge';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { congressWith } from '../integration/ballots/ballot-setup';
import { unmountThenDispose } from './engine-teardown';

/** F1 answers for the screen the operator is on: what it is for and its keys first, then the common keys. */
let t: TempEngine;
beforeEach(async () => {
  t = tempEngine();
  await congressWith(t, 3, 1);
  setClient(createClient(engineBridge(t.engine)));
});
afterEach(() => unmountThenDispose(t));

async function helpOn(view: View) {
  useApp.setState({ ...getInitialAppState(), view });
  const user = userEvent.setup();
  render(<OperatorApp />);
  await screen.findByTestId('scan-field').catch(() => undefined);
  await user.keyboard('{F1}');
  return screen.findByRole('dialog', { name: 'Trợ giúp' });
}

describe('help per screen (F1)', () => {
  it('on check-in: scanning, and the check-in keys before the common ones', async () => {
    const dialog = await helpOn('checkin');
    expect(within(dialog).getByTestId('help-screen')).toHaveTextContent('quét mã trên thẻ đại biểu');
    const own = within(dialog).getByRole('table', { name: 'Phím của màn hình này' });
    expect(own).toHaveTextContent('Ctrl+Z');
    expect(own).not.toHaveTextContent('Ctrl+G');
    expect(within(dialog).getByRole('table', { name: 'Phím dùng ở mọi màn hình' })).toHaveTextContent('Ctrl+Space');
  });

  it('on the ballots: entering papers, with the entry keys', async () => {
    const dialog = await helpOn('ballots');
    expect(within(dialog).getByTestId('help-screen')).toHaveTextContent('nhập từng phiếu theo lượt');
    const own = within(dialog).getByRole('table', { name: 'Phím của màn hình này' });
    expect(own).toHaveTextContent('Ctrl+G');
    expect(own).not.toHaveTextContent('Ctrl+Z');
  });

  it('on the projector: the page keys of a long result are explained', async () => {
    const dialog = await helpOn('projector');
    expect(within(dialog).getByTestId('help-screen')).toHaveTextContent('PgDn / PgUp lật trang');
    expect(within(dialog).getByRole('table', { name: 'Phím dùng ở mọi màn hình' })).toHaveTextContent('Home');
  });
});
