import type { DeviceRole } from '../../../shared/contract/network-schemas';
import type { MessageKey } from '../../i18n/vi';

export const ROLE_LABEL: Record<DeviceRole, MessageKey> = {
  'checkin-desk': 'network.role.checkin-desk',
  'counting-station': 'network.role.counting-station',
  display: 'network.role.display',
  reviewer: 'network.role.reviewer',
};
