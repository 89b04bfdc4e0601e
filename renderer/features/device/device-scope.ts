import type { CongressInfo } from '../../../shared/contract/types';
import { DEFAULT_SETTINGS } from '../../../shared/domain/congress-defaults';
import { useApp } from '../../app/app-store';
import type { DeviceSelf } from './device-link';

/**
 * What the check-in and paper-entry features take as "the congress open" (its path scopes what they
 * keep on the device to send later: checkin-outbox.ts, paper-waiting.ts). A device may not read the
 * laptop's app state (a local-only command, shared/contract/roles.ts), and its credential belongs to
 * one congress: the device's id stands for that congress here. No settings are shown from it.
 */
export function deviceCongress(self: DeviceSelf): CongressInfo {
  return {
    path: `hall-device:${self.id}`,
    settings: { name: '', ...DEFAULT_SETTINGS, quorumRule: 'none' },
    sessions: [],
    currentSessionId: null, // the engine's current session: a desk follows the operator's choice
    schemaVersion: 0,
  };
}

export function enterCongressAs(self: DeviceSelf): void {
  useApp.setState({ loaded: true, congress: deviceCongress(self) });
}
