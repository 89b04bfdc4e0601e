/**
 * The File menu closes with Escape or a press outside it, and the "new congress" form closes with
 * Escape while its field has the keyboard (see renderer/operator/file-menu.tsx, features/home/file-dialog.tsx).
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { useApp } from '../../renderer/app/app-store';
import { useFileDialog } from '../../renderer/features/common/file-dialog-store';
import { engineBridge } from '../helpers/engine-bridge';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { unmountThenDispose } from './engine-teardown';
import { resetStores } from '../helpers/reset-stores';

let t: TempEngine;

beforeEach(async () => {
  t = tempEngine();
  await t.engine.call('congress:create', { name: 'Đại hội thử nghiệm', path: t.file('c.congress') });
  resetStores(useApp, useFileDialog);
  setClient(createClient(engineBridge(t.engine)));
});
afterEach(() => unmountThenDispose(t));

async function openMenu(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Tệp ▾' }));
  return screen.getByRole('menu');
}

describe('File menu and new congress form', () => {
  it('closes the File menu with Escape and with a click outside it', async () => {
    const user = userEvent.setup();
    render(<OperatorApp />);
    await screen.findByTestId('scan-field');

    await openMenu(user);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: 'Tệp ▾' })).toHaveAttribute('aria-expanded', 'false');

    await openMenu(user);
    await user.click(screen.getByTestId('attendance-panel'));
    expect(screen.queryByRole('menu')).toBeNull();

    // The menu's own button still toggles it shut.
    await openMenu(user);
    await user.click(screen.getByRole('button', { name: 'Tệp ▾' }));
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('closes "Tạo đại hội mới" with Escape while its name field has focus', async () => {
    const user = userEvent.setup();
    render(<OperatorApp />);
    await screen.findByTestId('scan-field');
    const menu = await openMenu(user);
    await user.click(screen.getByRole('menuitem', { name: 'Tạo đại hội mới…' }));
    expect(menu).not.toBeInTheDocument();
    const dialog = await screen.findByRole('dialog', { name: 'Tạo đại hội mới' });
    const name = within(dialog).getAllByRole('textbox')[0];
    await waitFor(() => expect(name).toHaveFocus());
    await user.keyboard('Đại hội mới');
    expect(name).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useFileDialog.getState().mode).toBeNull();
  });
});
