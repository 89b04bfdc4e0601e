import { ALL_STRUCK_LABELS, BASE_LABELS, RULE_PRESET_LABELS, TIE_RULE_LABELS } from '../../../shared/domain/ballot-messages';
import { ALL_STRUCK_RULES, RULE_PRESETS, type RulePreset, THRESHOLD_BASES, TIE_RULES } from '../../../shared/domain/ballot';
import { useT } from '../../i18n/i18n';
import { useLabel } from './ballot-labels';
import type { BallotSettings } from './ballot-settings';

const PRESETS = Object.keys(RULE_PRESETS) as RulePreset[];

/**
 * The preset fills the three rules, and each stays visible and overridable: the organisations'
 * rules differ (docs/ballots.md) and the MTTQ base is not confirmed by an official text.
 */
export function RulesFields({
  form,
  set,
  rulesLocked,
}: {
  form: BallotSettings;
  set(patch: Partial<BallotSettings>): void;
  rulesLocked: boolean;
}) {
  const t = useT();
  const label = useLabel();
  const preset = form.preset;
  const differs = preset !== null && JSON.stringify(RULE_PRESETS[preset]) !== JSON.stringify(form.rules);
  const rule = <K extends keyof BallotSettings['rules']>(k: K, v: BallotSettings['rules'][K]) => set({ rules: { ...form.rules, [k]: v } });
  return (
    <fieldset className="rules-fields" disabled={rulesLocked}>
      <legend>{t('ballot.rules')}</legend>
      <label className="field">
        {t('ballot.preset')}
        <select
          value={preset ?? ''}
          onChange={(e) => {
            const p = (e.target.value || null) as RulePreset | null;
            set(p ? { preset: p, rules: { ...RULE_PRESETS[p] } } : { preset: null });
          }}
        >
          {PRESETS.map((p) => (
            <option key={p} value={p}>
              {label(RULE_PRESET_LABELS[p])}
            </option>
          ))}
          <option value="">{t('ballot.presetCustom')}</option>
        </select>
        {preset && <span className="hint">{label(RULE_PRESET_LABELS[preset].help)}</span>}
        {differs && <span className="hint warn">{t('ballot.presetChanged')}</span>}
      </label>
      <label className="field">
        {t('ballot.base')}
        <select value={form.rules.base} onChange={(e) => rule('base', e.target.value as BallotSettings['rules']['base'])}>
          {THRESHOLD_BASES.map((b) => (
            <option key={b} value={b}>
              {t('ballot.moreThanHalfOf', { base: label(BASE_LABELS[b]) })}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('ballot.allStruck')}
        <select value={form.rules.allStruck} onChange={(e) => rule('allStruck', e.target.value as BallotSettings['rules']['allStruck'])}>
          {ALL_STRUCK_RULES.map((r) => (
            <option key={r} value={r}>
              {label(ALL_STRUCK_LABELS[r])}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('ballot.tie')}
        <select value={form.rules.tie} onChange={(e) => rule('tie', e.target.value as BallotSettings['rules']['tie'])}>
          {TIE_RULES.map((r) => (
            <option key={r} value={r}>
              {label(TIE_RULE_LABELS[r])}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
