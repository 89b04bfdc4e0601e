import { PROJECTOR_THEMES } from '../../../shared/domain/projector';
import { useT } from '../../i18n/i18n';
import { useProjector } from './projector-store';
import { StagePreview } from './stage-preview';
import { STAGE_KEYS } from './stage-keys';
import { useProjectorStage } from './use-projector-stage';
import { useProjectorView } from './use-projector-view';
import { keepFocus } from '../common/keep-focus';

/** On air and queued side by side, with the cut, black and theme controls between them. */
export function StagePanel({ ratio }: { ratio: string }) {
  const t = useT();
  const view = useProjectorView();
  const stage = useProjectorStage();
  const { switchNow, toggleBlack, setTheme } = useProjector.getState();
  return (
    <div className="stage-panel">
      <div className="stage-column">
        <h2>
          <span className="on-air-dot">●</span> {t('stage.onAir')}
        </h2>
        <StagePreview view={view} ratio={ratio} testId="projector-preview" />
      </div>
      <div className="stage-controls">
        <button
          className="primary"
          disabled={!stage?.next}
          onMouseDown={keepFocus}
          onClick={() => void switchNow()}
          data-testid="stage-switch"
        >
          ◀ {t('stage.switch')} <kbd>{STAGE_KEYS.switch.label}</kbd>
        </button>
        <button
          className={stage?.black ? 'danger active' : 'danger'}
          aria-pressed={stage?.black ?? false}
          onMouseDown={keepFocus}
          onClick={() => void toggleBlack()}
          data-testid="stage-black"
        >
          {t(stage?.black ? 'stage.unblack' : 'stage.black')} <kbd>{STAGE_KEYS.black.label}</kbd>
        </button>
        <label className="stage-theme-picker">
          {t('stage.theme')}
          <select
            value={stage?.theme ?? 'red_gold'}
            onChange={(e) => void setTheme(e.target.value as (typeof PROJECTOR_THEMES)[number])}
            data-testid="stage-theme"
          >
            {PROJECTOR_THEMES.map((th) => (
              <option key={th} value={th}>
                {t(`stage.theme.${th}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="stage-column">
        <h2>{t('stage.next')}</h2>
        <StagePreview view={stage?.nextView ?? null} ratio={ratio} testId="projector-next" />
      </div>
    </div>
  );
}
