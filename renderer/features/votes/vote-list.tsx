import { useT } from '../../i18n/i18n';
import { VOTE_KEYS } from './vote-keys';
import { useVotes } from './votes-store';

/** Every vote of the congress, newest at the bottom as they happen in the hall. */
export function VoteList() {
  const t = useT();
  const { votes, selectedId, creating, select, startCreating } = useVotes();
  return (
    <nav className="vote-list panel" aria-label={t('votes.title')}>
      <h2>{t('votes.title')}</h2>
      <button className={creating ? 'primary active' : 'primary'} onClick={() => startCreating()} data-testid="vote-new">
        + {t('votes.new')} <kbd>{VOTE_KEYS.create}</kbd>
      </button>
      {votes.length === 0 && <p className="empty">{t('votes.emptyNewKey', { key: VOTE_KEYS.create })}</p>}
      <ul>
        {votes.map((v) => (
          <li key={v.id}>
            <button
              className={!creating && v.id === selectedId ? 'vote-item active' : 'vote-item'}
              aria-current={!creating && v.id === selectedId}
              onClick={() => select(v.id)}
            >
              <span className="vote-item-title">{v.question}</span>
              <span className="vote-item-meta">
                <span className={`badge state-${v.state}`}>{t(`votes.state.${v.state}`)}</span>
                {v.outcome && v.state === 'closed' && (
                  <span className={v.outcome.passed ? 'ok-text' : 'bad-text'}>
                    {t(v.outcome.passed ? 'votes.passed' : 'votes.notPassed')}
                  </span>
                )}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
