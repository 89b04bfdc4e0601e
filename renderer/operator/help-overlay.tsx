import { useApp, type View } from '../app/app-store';
import { useT } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';
import { AboutPanel } from '../features/about/about-panel';
import { STAGE_HELP } from '../features/projector-control/stage-shortcuts';
import { VOTE_HELP } from '../features/votes/vote-keys';
import { AGENDA_HELP } from '../features/agenda/agenda-shortcuts';
import { EXPORT_HELP } from '../features/exports/export-shortcut';
import { CHECKIN_HELP } from '../features/checkin/checkin-keys';
import { SCAN_HELP } from '../features/scan/scan-key';

type Keys = [string, MessageKey][];

/** Everywhere: the screens, the stage, the exports. */
const COMMON: Keys = [
  ['F1', 'help.f1'],
  ['F2', 'help.f2'],
  ['F3', 'help.f3'],
  ['F4', 'help.f4'],
  ['F6', 'help.f6'],
  ['F7', 'help.f7'],
  ['F9', 'help.votesTab'],
  ['F12', 'help.f12'],
  ['Ctrl+1', 'help.ctrl1'],
  ['Ctrl+2', 'help.ctrl2'],
  ['Ctrl+B', 'help.ctrlb'],
  ...STAGE_HELP,
  ...EXPORT_HELP,
];

const ENTRY: Keys = [
  ['Enter', 'help.entryEnter'],
  ['0 Enter', 'help.entryZero'],
  ['Ctrl+I / F8', 'help.entryInvalid'],
  ['Ctrl+G', 'help.entryGoto'],
  ['Alt+1 2 3', 'help.entryPass'],
];

/** F1 answers for the screen the operator is on: what it is for, then its own keys, then the common ones. */
const SCREENS: Record<View, { about: MessageKey; keys: Keys }> = {
  checkin: {
    about: 'help.screen.checkin',
    keys: CHECKIN_HELP,
  },
  roster: { about: 'help.screen.roster', keys: [] },
  setup: { about: 'help.screen.setup', keys: [] },
  agenda: { about: 'help.screen.agenda', keys: AGENDA_HELP.filter(([key]) => key !== 'F12') },
  projector: { about: 'help.screen.projector', keys: [] },
  ballots: { about: 'help.screen.ballots', keys: [...ENTRY, ...SCAN_HELP] },
  votes: { about: 'help.screen.votes', keys: VOTE_HELP },
};

function KeyTable({ keys, label }: { keys: Keys; label: string }) {
  const t = useT();
  return (
    <table className="shortcuts" aria-label={label}>
      <tbody>
        {keys.map(([key, text]) => (
          <tr key={`${key} ${text}`}>
            <td>
              <kbd>{key}</kbd>
            </td>
            <td>{t(text)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function HelpOverlay() {
  const t = useT();
  const view = useApp((s) => s.view);
  const screen = SCREENS[view];
  const close = () => useApp.getState().toggleHelp(false);
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('help.title')} onClick={close}>
      <div className="dialog" onClick={(e) => e.stopPropagation()}>
        <h2>{t('help.title')}</h2>
        <p className="help-screen" data-testid="help-screen">
          {t(screen.about)}
        </p>
        {screen.keys.length > 0 && (
          <>
            <h3>{t('help.screenKeys')}</h3>
            <KeyTable keys={screen.keys} label={t('help.screenKeys')} />
          </>
        )}
        <h3>{t('help.commonKeys')}</h3>
        <KeyTable keys={COMMON} label={t('help.commonKeys')} />
        <AboutPanel />
        <button onClick={close}>{t('common.close')}</button>
      </div>
    </div>
  );
}
