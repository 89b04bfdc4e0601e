import { useEffect, useState } from 'react';
import { DEFAULT_VOTE_RULE, VOTE_RULES, type VoteRule } from '../../../shared/domain/vote';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { useT } from '../../i18n/i18n';
import { useVotes } from './votes-store';

interface StepOption {
  id: number;
  title: string;
}

/** The agenda's steps to attach a vote to; a congress without an agenda just gets "ad hoc". */
function useAgendaSteps(): StepOption[] {
  const [steps, setSteps] = useState<StepOption[]>([]);
  useEffect(() => {
    void client()
      .call('agenda:get', {})
      .then((r) => {
        if (r.ok) setSteps(r.value.steps.map((s) => ({ id: s.id, title: s.title })));
      });
  }, []);
  return steps;
}

/** Question, rule and step; opening the vote snapshots the delegates present. */
export function VoteCreateForm() {
  const t = useT();
  const steps = useAgendaSteps();
  const [question, setQuestion] = useState('');
  const [rule, setRule] = useState<VoteRule>(DEFAULT_VOTE_RULE);
  const [stepId, setStepId] = useState('');
  const create = async () => {
    const r = await client().call('votes:create', { question, rule, stepId: stepId ? Number(stepId) : null });
    if (!r.ok) return useApp.getState().fail(r.error);
    useVotes.getState().put(r.value);
    useVotes.getState().select(r.value.id);
  };
  return (
    <form
      className="panel vote-create"
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
    >
      <h2>{t('votes.new')}</h2>
      <label>
        {t('votes.question')}
        <input
          autoFocus
          value={question}
          maxLength={500}
          placeholder={t('votes.questionPlaceholder')}
          onChange={(e) => setQuestion(e.target.value)}
          data-testid="vote-question-input"
        />
      </label>
      <label>
        {t('votes.rule')}
        <select value={rule} onChange={(e) => setRule(e.target.value as VoteRule)} data-testid="vote-rule">
          {VOTE_RULES.map((r) => (
            <option key={r} value={r}>
              {t(`votes.rule.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('votes.step')}
        <select value={stepId} onChange={(e) => setStepId(e.target.value)} data-testid="vote-step">
          <option value="">{t('votes.adHoc')}</option>
          {steps.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <div className="row">
        <button type="submit" className="primary" disabled={!question.trim()} data-testid="vote-create">
          {t('votes.create')}
        </button>
        <button type="button" className="ghost" onClick={() => useVotes.getState().startCreating(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
