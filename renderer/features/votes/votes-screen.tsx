import { useEffect } from 'react';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { useT } from '../../i18n/i18n';
import { ProjectorMini } from '../projector-control/projector-mini';
import { projectVote, queueVote, recordVote } from './vote-commands';
import { VoteCreateForm } from './vote-create-form';
import { VoteDetail } from './vote-detail';
import { VoteList } from './vote-list';
import { useVotes } from './votes-store';

/** Alt+N new, Alt+U unanimous (open vote), Alt+P / Alt+Q project or queue the result (closed vote). */
function useVoteKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const store = useVotes.getState();
      const vote = store.creating ? undefined : store.votes.find((v) => v.id === store.selectedId);
      const key = e.key.toLowerCase();
      const act =
        key === 'n'
          ? () => store.startCreating()
          : key === 'u' && vote?.state === 'open'
            ? () => void recordVote(vote.id, 'unanimous', true)
            : key === 'p' && vote?.state === 'closed'
              ? () => void projectVote(vote.id)
              : key === 'q' && vote?.state === 'closed'
                ? () => void queueVote(vote.id)
                : null;
      if (!act) return;
      e.preventDefault();
      act();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** Show-of-hands votes: the list on the left, the chosen vote (or a new one) on the right. */
export function VotesScreen() {
  const t = useT();
  const path = useApp((s) => s.congress?.path);
  const { votes, selectedId, creating } = useVotes();
  useVoteKeys();
  useEffect(() => {
    void useVotes.getState().load();
    return client().on('votes:changed', () => void useVotes.getState().load());
  }, [path]);
  const vote = votes.find((v) => v.id === selectedId);
  return (
    <div className="votes-screen">
      <VoteList />
      <div className="vote-main">
        {creating || votes.length === 0 ? (
          <VoteCreateForm />
        ) : vote ? (
          <VoteDetail key={vote.id} vote={vote} />
        ) : (
          <p className="empty">{t('votes.select')}</p>
        )}
      </div>
      {/* what the hall sees while the hands are counted and the result goes up */}
      <aside className="vote-aside">
        <ProjectorMini />
      </aside>
    </div>
  );
}
