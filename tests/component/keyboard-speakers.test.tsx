/**
 * Speakers on the agenda screen: ↓/↑ walk the suggested delegates and Enter picks the highlighted
 * one, instead of saving the typed text as a guest (see renderer/features/agenda/speaker-form.tsx).
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { useApp } from '../../renderer/app/app-store';
import { useAgenda } from '../../renderer/features/agenda/agenda-store';
import { BLANK_DELEGATE } from '../helpers/blank-delegate';
import { engineBridge } from '../helpers/engine-bridge';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { unmountThenDispose } from './engine-teardown';
import { resetStores } from '../helpers/reset-stores';

let t: TempEngine;

beforeEach(async () => {
  t = tempEngine();
  await t.engine.call('congress:create', { name: 'Đại hội thử nghiệm', path: t.file('c.congress') });
  for (const [code, fullName] of [
    ['DB001', 'Lý Thanh Tâm'],
    ['DB002', 'Lý Thanh Tùng'],
  ] as const) {
    await t.engine.call('delegates:create', { ...BLANK_DELEGATE, code, fullName, unit: 'Chi bộ 1', status: 'official' });
  }
  await t.engine.call('agenda:applyTemplate', { templateId: 'mttq-residential' });
  resetStores(useApp, useAgenda);
  setClient(createClient(engineBridge(t.engine)));
});
afterEach(() => unmountThenDispose(t));

describe('speaker suggestions with the keyboard', () => {
  it('picks the suggestion highlighted with ↓/↑ on Enter, then Enter adds that delegate', async () => {
    const user = userEvent.setup();
    render(<OperatorApp />);
    await screen.findByTestId('scan-field');
    await user.keyboard('{F12}');
    await screen.findByTestId('step-row-1');
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(screen.getByTestId('current-step')).toHaveTextContent('1. Chào cờ'));
    const panel = screen.getByTestId('speakers-panel');
    const input = within(panel).getByTestId('speaker-name-input');
    await user.type(input, 'ly thanh t');
    await waitFor(() => expect(within(panel).getAllByRole('option')).toHaveLength(2));

    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(within(panel).getByRole('option', { selected: true })).toHaveTextContent('Lý Thanh Tâm');
    await user.keyboard('{Enter}');
    expect(input).toHaveValue('Lý Thanh Tâm');
    expect(within(panel).queryByRole('option')).toBeNull();
    expect((await t.engine.call('agenda:get', {})).speakers).toEqual([]);

    await user.keyboard('{Enter}');
    await within(panel).findByTestId('speaker-1');
    const [speaker] = (await t.engine.call('agenda:get', {})).speakers;
    expect(speaker).toMatchObject({ name: 'Lý Thanh Tâm', delegateId: 1, organisation: 'Chi bộ 1' });
  });
});
