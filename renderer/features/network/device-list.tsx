import { useT } from '../../i18n/i18n';
import { useNetwork } from './network-store';
import { ROLE_LABEL } from './role-labels';

/** Every device paired with this congress: role, assignment, online or not; revoking cuts it off at once. */
export function DeviceList() {
  const t = useT();
  const { devices, revoke } = useNetwork();
  const live = devices.filter((d) => d.revokedAt === null);
  return (
    <>
      <h3>{t('network.devices')}</h3>
      {live.length === 0 ? (
        <p className="hint">{t('network.noDevices')}</p>
      ) : (
        <table className="network-table" data-testid="network-devices">
          <tbody>
            {live.map((d) => (
              <tr key={d.id} data-testid={`device-${d.id}`}>
                <td>{d.name}</td>
                <td>
                  {t(ROLE_LABEL[d.role])}
                  {d.assignment && ` · ${t('network.assignment', { ballot: d.assignment.ballotId, pass: d.assignment.pass })}`}
                </td>
                <td className={d.connected ? 'device-online' : 'device-offline'}>
                  {t(d.connected ? 'network.online' : 'network.offline')}
                </td>
                <td>
                  <button
                    className="danger"
                    onClick={() => {
                      if (window.confirm(t('network.revokeConfirm', { name: d.name }))) void revoke(d.id);
                    }}
                  >
                    {t('network.revoke')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
