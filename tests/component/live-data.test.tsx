/**
 * The operator window re-reads its state only when its client says so (renderer/operator/
 * use-live-data.ts): pushed events update it in place; a re-read signal (the stream could not say
 * what was missed) reloads the app state, the roster and the attendance once.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import type { CongressBridge } from '../../shared/contract/bridge';
import type { CommandName } from '../../shared/contract/channels';
import { setClient } from '../../renderer/app/client-instance';
import { useApp } from '../../renderer/app/app-store';
import { createClient } from '../../renderer/client/client';
import { useLiveData } from '../../renderer/operator/use-live-data';
import { engineBridge } from '../helpers/engine-bridge';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { officialDelegate } from '../integration/ballots/ballot-setup';
import { unmountThenDispose } from './engine-teardown';
import { resetStores } from '../helpers/reset-stores';

let t: TempEngine;
const asked = new Map<string, number>();
let signal: (() => void) | null = null;
const times = (channel: CommandName) => asked.get(channel) ?? 0;

beforeEach(async () => {
  t = tempEngine();
  await t.engine.call('congress:create', { name: 'Đại hội đọc lại', path: t.file('c.congress') });
  for (let i = 1; i <= 3; i++) await t.engine.call('delegates:create', officialDelegate(i));
  asked.clear();
  const inner = engineBridge(t.engine);
  const bridge: CongressBridge = {
    ...inner,
    invoke: (channel, input, meta) => {
      asked.set(channel, times(channel) + 1);
      return inner.invoke(channel, input, meta);
    },
    onReread: (listener) => {
      signal = listener;
      return () => (signal = null);
    },
  };
  resetStores(useApp);
  setClient(createClient(bridge));
});
afterEach(() => unmountThenDispose(t));

it('applies pushed events without re-reading, and re-reads everything once when told', async () => {
  renderHook(() => useLiveData());
  await waitFor(() => expect(useApp.getState().congress?.settings.name).toBe('Đại hội đọc lại'));
  await waitFor(() => expect(times('attendance:list')).toBeGreaterThan(0));
  const before = { app: times('app:state'), roster: times('delegates:list'), attendance: times('attendance:list') };

  await act(async () => {
    await t.engine.call('checkin:mark', { delegateId: 1 });
    await t.engine.call('sessions:create', { title: 'Phiên chiều' });
  });
  expect(useApp.getState().congress?.sessions.map((s) => s.title)).toContain('Phiên chiều');
  expect(times('app:state')).toBe(before.app);
  expect(times('attendance:list')).toBe(before.attendance);

  await act(async () => signal!());
  await waitFor(() => expect(times('attendance:list')).toBe(before.attendance + 1));
  expect(times('app:state')).toBe(before.app + 1);
  expect(times('delegates:list')).toBe(before.roster + 1);
});
