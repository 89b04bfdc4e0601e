import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { useApp } from '../../renderer/app/app-store';
import { useAgenda } from '../../renderer/features/agenda/agenda-store';
import { EntryLogSheet } from '../../renderer/features/ballots/entry-log-sheet';
import { names, settings } from '../helpers/ballot-settings';
import { engineBridge } from '../helpers/engine-bridge';
import { BLANK_DELEGATE } from '../helpers/blank-delegate';
import { resetStores } from '../helpers/reset-stores';
import { steppingClock, tempEngine, type TempEngine } from '../helpers/temp-engine';
import { unmountThenDispose } from './engine-teardown';

// Times on the operator's screen are the hall's (Vietnam, UTC+7), as check-in says them, whatever the
// laptop's zone: a laptop left on Paris time must not show the agenda seven hours behind the check-in.
let t: TempEngine;
const machineZone = process.env.TZ;

beforeAll(() => {
  process.env.TZ = 'Europe/Paris';
});
afterAll(() => {
  process.env.TZ = machineZone;
  if (machineZone === undefined) delete process.env.TZ;
});

beforeEach(async () => {
  t = tempEngine(steppingClock(Date.UTC(2026, 11, 15, 1, 0, 0))); // 08:00 in the hall
  await t.engine.call('congress:create', { name: 'Đại hội thử nghiệm', path: t.file('c.congress') });
  await t.engine.call('delegates:create', { ...BLANK_DELEGATE, code: 'DB001', fullName: 'Nguyễn Thị Hằng', status: 'official' });
  await t.engine.call('agenda:applyTemplate', { templateId: 'mttq-commune' });
  resetStores(useApp, useAgenda);
  setClient(createClient(engineBridge(t.engine)));
});
afterEach(() => unmountThenDispose(t));

describe('the hall clock', () => {
  it('shows the agenda’s actual start in the same time as the check-in', async () => {
    await t.engine.call('checkin:scan', { code: 'DB001' });
    const again = await t.engine.call('checkin:scan', { code: 'DB001' }).catch((e: { message: string }) => e.message);
    expect(again).toContain('đã điểm danh lúc 08:00');

    const user = userEvent.setup();
    render(<OperatorApp />);
    await screen.findByTestId('scan-field');
    await user.keyboard('{F12}');
    await screen.findByTestId('step-row-1');
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(screen.getByTestId('step-row-1').querySelector('.time.actual')).toHaveTextContent(/^08:00$/));
  });

  it('dates a paper correction in the entry log in hall time', async () => {
    const { id } = await t.engine.call('ballots:create', settings());
    await t.engine.call('ballots:setCandidates', {
      id,
      candidates: names('Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Văn Dũng'),
    });
    await t.engine.call('ballots:open', { id });
    const paper = { ballotId: id, pass: 1, paper: 1, invalid: null };
    await t.engine.call('papers:record', { ...paper, numbers: [1] });
    await t.engine.call('papers:record', { ...paper, numbers: [2], replaceReason: 'Gõ nhầm' });
    render(<EntryLogSheet ballot={await t.engine.call('ballots:get', { id })} onClose={() => {}} />);
    const correction = await screen.findByText('Gõ nhầm');
    expect(correction.closest('tr')).toHaveTextContent(/08:00:\d\d 15\/12\/2026/);
  });
});
