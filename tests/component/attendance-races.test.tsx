/**
 * The attendance store's two race guards (renderer/features/checkin/attendance-store.ts), against a
 * real engine whose answers the test holds back: an older load answering last must not overwrite a
 * newer one, and a load answered before an undo must not bring the undone check-in back.
 */
import { act } from '@testing-library/react';
import type { CongressBridge } from '../../shared/contract/bridge';
import { setClient } from '../../renderer/app/client-instance';
import { useApp } from '../../renderer/app/app-store';
import { createClient } from '../../renderer/client/client';
import { useAttendance } from '../../renderer/features/checkin/attendance-store';
import { undoCheckIn } from '../../renderer/features/checkin/checkin-actions';
import { useRoster } from '../../renderer/features/roster/roster-store';
import { engineBridge } from '../helpers/engine-bridge';
import { resetStores } from '../helpers/reset-stores';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { officialDelegate } from '../integration/ballots/ballot-setup';
import { unmountThenDispose } from './engine-teardown';

let t: TempEngine;
let morning: number;
let afternoon: number;
/** Set by a test: the next attendance:list answer is computed, then held until released. */
let holdNextList: { answered: Promise<void>; release: () => void } | null = null;

function holdList() {
  let release!: () => void;
  let answered!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const hold = { answered: new Promise<void>((r) => (answered = r)), release, gate, markAnswered: answered };
  holdNextList = hold;
  return hold;
}

beforeEach(async () => {
  t = tempEngine();
  const info = await t.engine.call('congress:create', { name: 'Đại hội điểm danh', path: t.file('c.congress') });
  morning = info.currentSessionId!;
  afternoon = (await t.engine.call('sessions:create', { title: 'Phiên chiều' })).id;
  for (let i = 1; i <= 2; i++) await t.engine.call('delegates:create', officialDelegate(i));
  await t.engine.call('checkin:mark', { delegateId: 1, sessionId: morning });
  const inner = engineBridge(t.engine);
  const bridge: CongressBridge = {
    ...inner,
    invoke: async (channel, input, meta) => {
      const answer = await inner.invoke(channel, input, meta);
      const hold = channel === 'attendance:list' ? (holdNextList as ReturnType<typeof holdList> | null) : null;
      if (hold) {
        holdNextList = null;
        hold.markAnswered();
        await hold.gate;
      }
      return answer;
    },
  };
  resetStores(useApp, useAttendance, useRoster);
  const client = createClient(bridge);
  client.on('attendance:changed', (p) => useAttendance.getState().apply(p));
  setClient(client);
});
afterEach(() => unmountThenDispose(t));

it('keeps the newer load when an older one answers last', async () => {
  const held = holdList();
  const older = useAttendance.getState().load(morning);
  await held.answered;
  await act(() => useAttendance.getState().load(afternoon));
  expect(useAttendance.getState().sessionId).toBe(afternoon);

  held.release();
  await act(() => older);
  expect(useAttendance.getState().sessionId).toBe(afternoon);
  expect(useAttendance.getState().records.has(1)).toBe(false);
});

it('leaves an undone check-in undone when a load answered before the undo arrives after it', async () => {
  await act(() => useAttendance.getState().load(morning));
  expect(useAttendance.getState().records.get(1)?.state).toBe('present');

  const held = holdList();
  const load = useAttendance.getState().load(morning);
  await held.answered; // this answer still says "present"
  await act(() => undoCheckIn(1));
  expect(useAttendance.getState().records.get(1)?.state).not.toBe('present');

  held.release();
  await act(() => load);
  expect(useAttendance.getState().records.get(1)?.state).not.toBe('present');
});
