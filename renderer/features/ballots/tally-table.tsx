import { memo } from 'react';
import { useNumbers } from '../../i18n/numbers';
import { useT } from '../../i18n/i18n';
import { BASE_PHRASE, byVotes } from '../common/tally-terms';
import type { Tally } from './ballots-store';

/**
 * Votes with both percentages and the base named (docs/ballots.md: "show both, with the base named"),
 * so nobody mistakes 50 % of the papers for 50 % of the delegates present. Memoised: a paper saved
 * in any window changes the counts beside the table, and 400 rows are not re-rendered for that.
 */
export const TallyTable = memo(function TallyTable({ tally }: { tally: Tally }) {
  const num = useNumbers();
  const t = useT();
  const base = t('tally.percentOfBase', { base: t(BASE_PHRASE[tally.base.kind]), n: tally.base.value });
  return (
    <table className="tally-table" data-testid="tally-table">
      <thead>
        <tr>
          <th className="num">{t('tally.rank')}</th>
          <th className="num">{t('tally.number')}</th>
          <th>{t('tally.name')}</th>
          <th className="num">{t('tally.votes')}</th>
          <th className="num">{base}</th>
          <th className="num">{t('tally.percentOfValid', { n: tally.valid })}</th>
          <th>{t('tally.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {byVotes(tally.candidates).map((c) => (
          <tr key={c.number} className={c.elected ? 'elected' : c.tiedAtCutoff ? 'tied' : ''} data-number={c.number}>
            <td className="num">{c.rank}</td>
            <td className="num">{c.number}</td>
            <td className="name">{c.name}</td>
            <td className="num votes">{num.count(c.votes)}</td>
            <td className="num">{num.hundredths(c.percentOfBase)}</td>
            <td className="num">{num.hundredths(c.percentOfValid)}</td>
            <td className="badges">
              {c.elected && <span className="badge elected">{t('tally.elected')}</span>}
              {c.tiedAtCutoff && <span className="badge tied">{t('tally.tied')}</span>}
              {c.passed && !c.elected && !c.tiedAtCutoff && <span className="badge passed">{t('tally.passed')}</span>}
              {!c.passed && <span className="badge failed">{t('tally.notPassed')}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
