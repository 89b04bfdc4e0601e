import { useT } from '../../i18n/i18n';
import { STATE_LABEL, ballotSize } from './ballot-labels';
import { useBallots } from './ballots-store';

/** Every ballot of the congress with its state; re-runs show their round. */
export function BallotList() {
  const t = useT();
  const { list, selectedId, creating, select, startCreate } = useBallots();
  return (
    <nav className="ballot-list panel" aria-label={t('ballots.title')}>
      <h2>{t('ballots.title')}</h2>
      <button className={creating ? 'primary active' : 'primary'} onClick={startCreate}>
        + {t('ballots.create')}
      </button>
      {list.length === 0 && <p className="hint">{t('ballots.empty')}</p>}
      <ul>
        {list.map((b) => (
          <li key={b.id}>
            <button
              className={b.id === selectedId ? 'ballot-item active' : 'ballot-item'}
              aria-current={b.id === selectedId || undefined}
              onClick={() => void select(b.id)}
            >
              <span className="ballot-item-title">{b.title}</span>
              <span className="ballot-item-meta">
                <span className={`badge state-${b.state}`}>{t(STATE_LABEL[b.state])}</span>
                {b.round > 1 && <span className="badge">{t('ballots.round', { n: b.round })}</span>}
                <span className="hint">{ballotSize(t, b.candidateCount, b.seats)}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
