import { useState } from 'react';
import { BALLOT_KINDS, BALLOT_METHODS, RULE_PRESETS } from '../../../shared/domain/ballot';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { useT } from '../../i18n/i18n';
import { KIND_LABEL, METHOD_LABEL } from './ballot-labels';
import { type Ballot, useBallots } from './ballots-store';
import type { BallotSettings } from './ballot-settings';
import { RulesFields } from './rules-fields';

const NEW_BALLOT: BallotSettings = {
  title: '',
  kind: 'committee',
  seatsApproved: 1,
  seats: 1,
  method: 'paper',
  preset: 'mttq',
  rules: { ...RULE_PRESETS.mttq },
  entryMode: 'struck',
  passes: 1,
};

function settingsOf(b: Ballot): BallotSettings {
  const { title, kind, seatsApproved, seats, method, preset, rules, entryMode, passes } = b;
  return { title, kind, seatsApproved, seats, method, preset, rules, entryMode, passes };
}

/** Settings change while preparing; the rules also while papers are entered, never after the count. */
export function BallotForm({ ballot }: { ballot: Ballot | null }) {
  const t = useT();
  const [form, setForm] = useState<BallotSettings>(ballot ? settingsOf(ballot) : NEW_BALLOT);
  const set = (patch: Partial<BallotSettings>) => setForm((f) => ({ ...f, ...patch }));
  const state = ballot?.state ?? 'preparing';
  const locked = state !== 'preparing';
  const num = (v: string) => Math.max(1, Math.trunc(Number(v)) || 1);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = ballot ? await client().call('ballots:update', { id: ballot.id, ...form }) : await client().call('ballots:create', form);
    if (!r.ok) return useApp.getState().fail(r.error);
    useApp.getState().info(t('ballot.saved'));
    if (!ballot) {
      await useBallots.getState().loadList();
      await useBallots.getState().select(r.value.id, 'setup');
    }
  };

  return (
    <form className="panel ballot-form" onSubmit={(e) => void save(e)} aria-label={t(ballot ? 'ballot.settings' : 'ballot.new')}>
      <h2>{t(ballot ? 'ballot.settings' : 'ballot.new')}</h2>
      <fieldset disabled={locked} className="form-grid">
        <label className="field span-4">
          {t('ballot.title')}
          <input
            value={form.title}
            required
            maxLength={500}
            placeholder={t('ballot.titlePlaceholder')}
            onChange={(e) => set({ title: e.target.value })}
          />
        </label>
        <label className="field span-2">
          {t('ballot.kind')}
          <select value={form.kind} onChange={(e) => set({ kind: e.target.value as BallotSettings['kind'] })}>
            {BALLOT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(KIND_LABEL[k])}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('ballot.seatsApproved')}
          <input type="number" min={1} value={form.seatsApproved} onChange={(e) => set({ seatsApproved: num(e.target.value) })} />
        </label>
        <label className="field">
          {t('ballot.seats')}
          <input type="number" min={1} max={form.seatsApproved} value={form.seats} onChange={(e) => set({ seats: num(e.target.value) })} />
        </label>
        <label className="field span-2">
          {t('ballot.method')}
          <select value={form.method} onChange={(e) => set({ method: e.target.value as BallotSettings['method'] })}>
            {BALLOT_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(METHOD_LABEL[m])}
              </option>
            ))}
          </select>
        </label>
        <label className="field span-2">
          {t('ballot.entryMode')}
          <select value={form.entryMode} onChange={(e) => set({ entryMode: e.target.value as BallotSettings['entryMode'] })}>
            <option value="struck">{t('ballot.entryStruck')}</option>
            <option value="kept">{t('ballot.entryKept')}</option>
          </select>
        </label>
        <label className="field span-2">
          {t('ballot.passes')}
          <select value={form.passes} onChange={(e) => set({ passes: Number(e.target.value) })}>
            {[1, 2, 3].map((p) => (
              <option key={p} value={p}>
                {t(p === 1 ? 'ballot.passes1' : 'ballot.passesN', { n: p })}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {form.seats > form.seatsApproved && <p className="hint warn">{t('ballot.seatsExceed')}</p>}
      <RulesFields form={form} set={set} rulesLocked={state !== 'preparing' && state !== 'open'} />
      <div className="dialog-actions">
        <button
          type="submit"
          className="primary"
          disabled={!form.title.trim() || form.seats > form.seatsApproved || (locked && state !== 'open')}
        >
          {t(ballot ? 'common.save' : 'ballot.create')}
        </button>
      </div>
    </form>
  );
}
