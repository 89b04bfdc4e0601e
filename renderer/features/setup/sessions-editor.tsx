import { useState } from 'react';
import type { CongressSession } from '../../../shared/contract/types';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { useT } from '../../i18n/i18n';

function SessionRow({ session, current }: { session: CongressSession; current: boolean }) {
  const t = useT();
  const [title, setTitle] = useState(session.title);
  const fail = useApp((s) => s.fail);
  const rename = async () => {
    if (title.trim() === session.title || !title.trim()) return setTitle(session.title);
    const r = await client().call('sessions:update', { id: session.id, title, date: session.date });
    if (!r.ok) fail(r.error);
  };
  const makeCurrent = async () => {
    const r = await client().call('sessions:setCurrent', { id: session.id });
    if (!r.ok) fail(r.error);
  };
  return (
    <li className={current ? 'session current' : 'session'}>
      <input value={title} aria-label={t('setup.sessionTitle')} onChange={(e) => setTitle(e.target.value)} onBlur={() => void rename()} />
      {current ? (
        <span className="badge on-air">{t('setup.current')}</span>
      ) : (
        <button onClick={() => void makeCurrent()}>{t('setup.makeCurrent')}</button>
      )}
    </li>
  );
}

/** Sessions (phiên): check-in is per session, and the current one is what the hall counts. */
export function SessionsEditor() {
  const t = useT();
  const congress = useApp((s) => s.congress)!;
  const fail = useApp((s) => s.fail);
  const [title, setTitle] = useState('');
  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await client().call('sessions:create', { title, date: congress.settings.startDate });
    if (r.ok) setTitle('');
    else fail(r.error);
  };
  return (
    <section className="panel sessions">
      <h2>{t('setup.sessions')}</h2>
      <ul>
        {congress.sessions.map((s) => (
          <SessionRow key={s.id} session={s} current={s.id === congress.currentSessionId} />
        ))}
      </ul>
      <form className="row" onSubmit={(e) => void add(e)}>
        <input value={title} required maxLength={200} placeholder={t('setup.sessionTitle')} onChange={(e) => setTitle(e.target.value)} />
        <button type="submit">+ {t('setup.addSession')}</button>
      </form>
    </section>
  );
}
