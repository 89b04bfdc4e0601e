/**
 * Numbers on the operator's screen follow the operator's language (renderer/i18n/numbers.ts): English
 * reads "33.33%" where Vietnamese reads "33,33 %"; a decimal comma in English reads as a thousands mark.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { useLocale } from '../../renderer/i18n/i18n';
import { getInitialAppState, useApp } from '../../renderer/app/app-store';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { useAttendance } from '../../renderer/features/checkin/attendance-store';
import { useCheckin } from '../../renderer/features/checkin/checkin-store';
import { engineBridge } from '../helpers/engine-bridge';
import { resetStores } from '../helpers/reset-stores';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { congressWith } from '../integration/ballots/ballot-setup';
import { unmountThenDispose } from './engine-teardown';

let t: TempEngine;
beforeEach(async () => {
  t = tempEngine();
  // 3 of 9 present: a third, which needs its decimals
  await congressWith(t, 9, 3);
  useApp.setState({ ...getInitialAppState(), view: 'checkin' });
  resetStores(useCheckin, useAttendance);
  setClient(createClient(engineBridge(t.engine)));
});
afterEach(() => {
  useLocale.setState({ locale: 'vi' });
  unmountThenDispose(t);
});

describe('the share present on the check-in screen', () => {
  it.each([
    ['en', '33.33%'],
    ['vi', '33,33 %'],
  ] as const)('is written the %s way: %s', async (locale, share) => {
    useLocale.setState({ locale });
    render(<OperatorApp />);
    const panel = await screen.findByTestId('attendance-panel');
    await waitFor(() => expect(screen.getByTestId('count-present')).toHaveTextContent('3'));
    expect(panel.querySelector('.big-count.present .pct')).toHaveTextContent(new RegExp(`^${share.replace('.', '\\.')}$`));
  });
});
