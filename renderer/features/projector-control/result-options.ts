import { useEffect, useState } from 'react';
import type { SlideRef } from '../../../shared/domain/projector';
import { client } from '../../app/client-instance';
import { translate, useLocale } from '../../i18n/i18n';

export interface ResultOption {
  key: string;
  label: string;
  ref: SlideRef;
}

const PUBLIC = new Set(['published', 'finalized']);

/**
 * Every result that may go on air: closed votes, and published ballots (their result and their
 * elected list). Anything else would be refused by the engine, so it is not offered.
 */
export function useResultOptions(): { votes: ResultOption[]; ballots: ResultOption[] } {
  const locale = useLocale((s) => s.locale);
  // Read here, not taken from the votes screen's store: the projector control stands on its own.
  const [allVotes, setVotes] = useState<{ id: number; question: string; state: string }[]>([]);
  const [ballots, setBallots] = useState<{ id: number; title: string; state: string }[]>([]);
  useEffect(() => {
    const load = () =>
      void client()
        .call('ballots:list', {})
        .then((r) => r.ok && setBallots(r.value));
    const loadVotes = () =>
      void client()
        .call('votes:list', {})
        .then((r) => r.ok && setVotes(r.value));
    load();
    loadVotes();
    const c = client();
    const offs = [c.on('ballots:changed', load), c.on('votes:changed', loadVotes)];
    return () => offs.forEach((off) => off());
  }, []);
  const tr = (key: 'stage.ballotResult' | 'stage.ballotElected', title: string) => translate(locale, key, { title });
  return {
    votes: allVotes
      .filter((v) => v.state === 'closed')
      .map((v) => ({ key: `vote:${v.id}`, label: v.question, ref: { slide: 'vote_result', voteId: v.id } })),
    ballots: ballots
      .filter((b) => PUBLIC.has(b.state))
      .flatMap((b) => [
        { key: `result:${b.id}`, label: tr('stage.ballotResult', b.title), ref: { slide: 'ballot_result', ballotId: b.id } },
        { key: `elected:${b.id}`, label: tr('stage.ballotElected', b.title), ref: { slide: 'ballot_elected', ballotId: b.id } },
      ]),
  };
}
