import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { setClient } from '../../renderer/app/client-instance';
import { useApp } from '../../renderer/app/app-store';
import { createClient } from '../../renderer/client/client';
import { useCheckin } from '../../renderer/features/checkin/checkin-store';
import { OperatorApp } from '../../renderer/operator/operator-app';
import type { DelegateStatus } from '../../shared/domain/delegate';
import { BLANK_DELEGATE } from '../helpers/blank-delegate';
import { engineBridge } from '../helpers/engine-bridge';
import { resetStores } from '../helpers/reset-stores';
import type { TempEngine } from '../helpers/temp-engine';

/**
 * What a component test of the check-in screen starts from: a congress with these delegates on a
 * real engine and the operator's stores pointed at it; then the app rendered on the check-in screen.
 */
export async function checkinCongress(t: TempEngine, delegates: readonly (readonly [string, string, DelegateStatus?])[]): Promise<void> {
  await t.engine.call('congress:create', { name: 'Đại hội thử nghiệm', path: t.file('c.congress') });
  for (const [code, fullName, status = 'official'] of delegates) {
    await t.engine.call('delegates:create', { ...BLANK_DELEGATE, code, fullName, status });
  }
  resetStores(useApp, useCheckin);
  setClient(createClient(engineBridge(t.engine)));
}

/** The app on the check-in screen, once it counts `summoned` delegates: the scan field and a user. */
export async function renderCheckin(summoned: number) {
  const user = userEvent.setup();
  render(createElement(OperatorApp));
  const field = await screen.findByTestId('scan-field');
  await waitFor(() => expect(screen.getByTestId('count-summoned')).toHaveTextContent(String(summoned)));
  return { user, field };
}
