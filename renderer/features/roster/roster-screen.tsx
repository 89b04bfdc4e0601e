import { useMemo, useState } from 'react';
import type { Delegate } from '../../../shared/domain/delegate';
import { useT } from '../../i18n/i18n';
import { DelegateForm } from './delegate-form';
import { ImportDialog } from './import-dialog';
import { RosterTable } from './roster-table';
import { filterDelegates, useRoster } from './roster-store';

export function RosterScreen() {
  const t = useT();
  const delegates = useRoster((s) => s.delegates);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Delegate | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const shown = useMemo(() => filterDelegates(delegates, query), [delegates, query]);
  return (
    <section className="roster-screen">
      <div className="roster-toolbar">
        <h1>{t('roster.title')}</h1>
        <input
          className="search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('roster.search')}
          aria-label={t('roster.search')}
        />
        <span className="hint">{t('checkin.count', { shown: shown.length, count: delegates.length })}</span>
        <button onClick={() => setEditing('new')}>+ {t('roster.add')}</button>
        <button className="primary" onClick={() => setImporting(true)}>
          {t('roster.import')}
        </button>
      </div>
      {delegates.length === 0 ? <p className="empty">{t('roster.empty')}</p> : <RosterTable delegates={shown} onEdit={setEditing} />}
      {editing && <DelegateForm delegate={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </section>
  );
}
