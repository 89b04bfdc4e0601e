import type { ReactNode } from 'react';
import { useLinkState } from '../../app/connection-banner';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { ROLE_LABEL } from '../network/role-labels';
import type { DeviceSelf } from './device-link';

const LINK_LABEL: Record<ReturnType<typeof useLinkState>, MessageKey> = {
  online: 'device.online',
  reconnecting: 'device.reconnecting',
  offline: 'device.offline',
};

/** One line at the top of a device's page: which device this is, its role, and whether it reaches the laptop. */
export function DeviceTopLine({ self, children }: { self: DeviceSelf; children?: ReactNode }) {
  const t = useT();
  const link = useLinkState();
  return (
    <header className="device-top-line" data-testid="device-top-line" data-role={self.role}>
      <strong className="device-name" data-testid="device-name">
        {self.name}
      </strong>
      <span className="device-role" data-testid="device-role">
        {t(ROLE_LABEL[self.role])}
      </span>
      {children && <span className="device-task">{children}</span>}
      <span className={`device-link link-${link}`} data-testid="device-link" data-state={link} role="status">
        {t(LINK_LABEL[link])}
      </span>
    </header>
  );
}
