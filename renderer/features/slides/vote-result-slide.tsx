import type { ProjectorView } from '../../../shared/contract/types';
import { formatCount } from '../../../shared/domain/format';
import { HallText } from './hall-phrases';
import { SlideFrame } from './slide-frame';
import { useFitLine } from './use-fit';
import { tr } from './slide-text';

/** The result as the presidium reads it out: question, the three counts with shares, the verdict. */
export function VoteResultSlide({ view }: { view: ProjectorView }) {
  const vote = view.vote;
  const question = useFitLine<HTMLDivElement>(0.75);
  if (!vote?.counts || !vote.outcome)
    return (
      <SlideFrame view={view} kind="vote_result">
        {tr('slide.voteNotClosed')}
      </SlideFrame>
    );
  const { counts, outcome } = vote;
  const rows: [string, 'for' | 'against' | 'abstain'][] = [
    [tr('votes.for'), 'for'],
    [tr('votes.against'), 'against'],
    [tr('votes.abstain'), 'abstain'],
  ];
  return (
    <SlideFrame view={view} kind="vote_result">
      <div className="vote-kicker">{tr('slide.voteTitle')}</div>
      <div className="vote-question" data-testid="vote-question" ref={question}>
        <HallText text={vote.question} />
      </div>
      <div className="vote-rows" data-testid="vote-rows">
        {rows.map(([label, key]) => (
          <div key={key} className={`vote-row vote-${key}`} data-testid={`vote-${key}`}>
            <span className="v-label">{label}</span>
            <span className="v-n">{formatCount(counts[key])}</span>
            <span className="v-pct">{outcome.percent[key]}</span>
          </div>
        ))}
      </div>
      {/* the rule and its base, so the hall can check the verdict against the percentages above */}
      <div className="vote-base" data-testid="vote-rule">
        {tr(`slide.voteRule.${vote.rule}`, { n: formatCount(outcome.base) })}
      </div>
      <div className={outcome.passed ? 'vote-verdict passed' : 'vote-verdict not-passed'} data-testid="vote-verdict">
        {tr(outcome.passed ? 'slide.votePassed' : 'slide.voteNotPassed')}
      </div>
      {outcome.unanimous && <div className="vote-unanimous">{tr('slide.voteUnanimous')}</div>}
    </SlideFrame>
  );
}
