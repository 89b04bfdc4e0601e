import { useState } from 'react';
import { DEVICE_ROLES, type DeviceRole, type NetworkState } from '../../../shared/contract/network-schemas';
import { useT } from '../../i18n/i18n';
import { ROLE_LABEL } from './role-labels';
import { useNetwork } from './network-store';

type Request = NetworkState['requests'][number];

/** One device asking to join: the operator checks its name and address and gives it a role. */
function RequestRow({ request }: { request: Request }) {
  const t = useT();
  const { approve, decline } = useNetwork();
  const [role, setRole] = useState<DeviceRole>('checkin-desk');
  const [ballotId, setBallotId] = useState('');
  const [pass, setPass] = useState('1');
  const station = role === 'counting-station';
  const ok = !station || Number(ballotId) > 0;
  const accept = () =>
    void approve({
      requestId: request.id,
      role,
      ...(station ? { assignment: { ballotId: Number(ballotId), pass: Number(pass) } } : {}),
    });
  return (
    <tr data-testid={`pairing-request-${request.id}`}>
      <td>{request.deviceName}</td>
      <td>{request.address}</td>
      <td>
        <select aria-label={t('network.role')} value={role} onChange={(e) => setRole(e.target.value as DeviceRole)}>
          {DEVICE_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(ROLE_LABEL[r])}
            </option>
          ))}
        </select>
        {station && (
          <>
            <input
              aria-label={t('network.ballotId')}
              inputMode="numeric"
              size={4}
              value={ballotId}
              onChange={(e) => setBallotId(e.target.value.replace(/\D/g, ''))}
            />
            <select aria-label={t('network.pass')} value={pass} onChange={(e) => setPass(e.target.value)}>
              {['1', '2', '3'].map((p) => (
                <option key={p} value={p}>
                  {t('network.passN', { pass: p })}
                </option>
              ))}
            </select>
          </>
        )}
      </td>
      <td className="row-actions">
        <button className="primary" disabled={!ok} onClick={accept}>
          {t('network.approve')}
        </button>
        <button className="ghost" onClick={() => void decline(request.id)}>
          {t('network.decline')}
        </button>
      </td>
    </tr>
  );
}

/** Devices that sent the pairing code and wait for the operator. */
export function PairingRequests({ requests }: { requests: readonly Request[] }) {
  const t = useT();
  if (requests.length === 0) return null;
  return (
    <>
      <h3>{t('network.requests')}</h3>
      <table className="network-table" data-testid="pairing-requests">
        <tbody>
          {requests.map((r) => (
            <RequestRow key={r.id} request={r} />
          ))}
        </tbody>
      </table>
    </>
  );
}
