import { useErrorText, useT } from '../../i18n/i18n';
import { keepFocus } from '../common/keep-focus';
import { useRoster } from '../roster/roster-store';
import { checkinOutbox, currentScope, useCheckinOutbox } from './checkin-outbox';

/**
 * The check-ins kept on this device, oldest first: «Chờ gửi» until the engine has them, or the
 * engine's reason when it refused one that had waited (an unknown code, someone already in). A
 * refusal stays until the operator has read it and dismisses it: a scan is never lost from view.
 */
export function OutboxPanel() {
  const t = useT();
  const errorText = useErrorText();
  const shown = useCheckinOutbox((s) => s.shown);
  const byId = useRoster((s) => s.byId);
  if (shown.length === 0) return null;
  const scope = currentScope();
  const waiting = shown.filter((i) => !i.refused).length;
  return (
    <section className="notice notice-warn checkin-outbox" aria-label={t('checkin.outboxTitle')} data-testid="checkin-outbox">
      <strong>{t('connection.waiting', { count: waiting })}</strong>
      <ol>
        {shown.map((item) => {
          const delegate = item.meta.delegateId === undefined ? undefined : byId.get(item.meta.delegateId);
          return (
            <li key={item.requestId} data-status={item.refused ? 'refused' : 'waiting'} data-code={item.meta.code ?? delegate?.code}>
              <span className="code">{item.meta.code ?? delegate?.code}</span> {delegate?.fullName ?? ''} —{' '}
              {item.refused ? (
                <>
                  {t('checkin.outboxRefused')}: {errorText(item.refused)}{' '}
                  <button
                    className="ghost"
                    onMouseDown={keepFocus}
                    onClick={() => checkinOutbox().dismiss(item.requestId)}
                    aria-label={t('checkin.outboxDismiss')}
                  >
                    ×
                  </button>
                </>
              ) : item.scope === scope ? (
                t('checkin.pending')
              ) : (
                t('checkin.outboxOtherCongress', { path: item.scope })
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
