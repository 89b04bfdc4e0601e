import { useEffect } from 'react';
import { useLinkState } from '../../app/connection-banner';
import { NoticeBar } from '../../operator/notice-bar';
import { ProjectorApp } from '../../projector/projector-app';
import { useErrorText, useT } from '../../i18n/i18n';
import { useBallots } from '../ballots/ballots-store';
import type { DeviceSelf } from './device-link';
import { DeviceCheckin } from './device-checkin';
import { DevicePairing, DeviceWaiting } from './device-pairing';
import { DeviceReviewer } from './device-reviewer';
import { enterCongressAs } from './device-scope';
import { DeviceStation } from './device-station';
import { RECHECK_OFFLINE_MS, useDevice } from './device-store';
import { DeviceTopLine } from './device-top-line';
import './device.css';

/** What a station is set to enter, beside its name: the ballot's title once loaded, the pass, the papers. */
function StationTask({ self }: { self: DeviceSelf }) {
  const t = useT();
  const title = useBallots((s) => s.ballot?.title ?? '…');
  const a = self.assignment;
  if (!a) return null;
  return a.papers
    ? t('device.assignmentPapers', { ballot: title, pass: a.pass, from: a.papers.from, to: a.papers.to })
    : t('device.assignment', { ballot: title, pass: a.pass });
}

/** The screen of the role the laptop gave this device: one screen, no tabs, no menus, no settings. */
function DeviceShell({ self }: { self: DeviceSelf }) {
  const t = useT();
  useEffect(() => enterCongressAs(self), [self]);
  const link = useLinkState();
  useEffect(() => {
    // Revoking closes this device's sockets at once (docs/hall-network.md §5.5): the link drops, and
    // the gateway's answer to "who am I" tells a revoked credential from a network that is off. Asked
    // again while the link stays down: the network turned on again for another congress answers 401
    // to the event stream only, which leaves the link down without another change to notice.
    if (link === 'online') return;
    void useDevice.getState().recheck();
    const again = window.setInterval(() => void useDevice.getState().recheck(), RECHECK_OFFLINE_MS);
    return () => window.clearInterval(again);
  }, [link]);
  const display = self.role === 'display';
  useEffect(() => {
    document.body.classList.toggle('projector-body', display); // black, no cursor, as projector.html
  }, [display]);
  // A display is the hall's projector page itself, full window, nothing around it.
  if (display) return <ProjectorApp />;
  return (
    <div className={`device-shell device-${self.role}`}>
      <DeviceTopLine self={self}>{self.role === 'counting-station' && <StationTask self={self} />}</DeviceTopLine>
      <NoticeBar />
      {link === 'offline' && (
        <p className="notice notice-error device-offline" role="alert" data-testid="device-offline">
          {t('device.offlineHint')}
        </p>
      )}
      <main className="device-main">
        {self.role === 'checkin-desk' ? (
          <DeviceCheckin />
        ) : self.role === 'counting-station' ? (
          <DeviceStation assignment={self.assignment} />
        ) : self.role === 'reviewer' ? (
          <DeviceReviewer />
        ) : (
          <p className="device-message panel">{t('device.noRole')}</p>
        )}
      </main>
    </div>
  );
}

/** The page a device on the hall network opens (docs/hall-network.md): pairing, then its role's screen. */
export function DeviceApp() {
  const t = useT();
  const errorText = useErrorText();
  const phase = useDevice((s) => s.phase);
  useEffect(() => {
    void useDevice.getState().start();
  }, []);
  switch (phase.kind) {
    case 'starting':
      return phase.problem ? (
        <main className="device-pairing">
          <p className="notice notice-error panel" role="alert" data-testid="device-problem">
            {errorText(phase.problem)}
          </p>
        </main>
      ) : (
        <p className="loading">{t(phase.unreachable ? 'device.unreachable' : 'device.starting')}</p>
      );
    case 'pairing':
      return <DevicePairing problem={phase.problem} />;
    case 'waiting':
      return <DeviceWaiting name={phase.name} />;
    case 'ready':
      return <DeviceShell self={phase.self} />;
  }
}
