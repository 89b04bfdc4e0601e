import { useApp } from '../app/app-store';
import { useT } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';
import { AboutPanel } from '../features/about/about-panel';
import { STAGE_HELP } from '../features/projector-control/stage-shortcuts';
import { VOTE_HELP } from '../features/votes/vote-keys';
import { AGENDA_HELP } from '../features/agenda/agenda-shortcuts';
import { EXPORT_HELP } from '../features/exports/export-shortcut';

const SHORTCUTS: [string, MessageKey][] = [
  ['F1', 'help.f1'],
  ['F2', 'help.f2'],
  ['F3', 'help.f3'],
  ['F4', 'help.f4'],
  ['F6', 'help.f6'],
  ['F7', 'help.f7'],
  ['F9', 'help.votesTab'],
  ['Enter', 'help.enter'],
  ['↑ ↓', 'help.arrows'],
  ['Esc', 'help.esc'],
  ['Ctrl+Z', 'help.ctrlz'],
  ['Ctrl+1', 'help.ctrl1'],
  ['Ctrl+2', 'help.ctrl2'],
  ['Ctrl+B', 'help.ctrlb'],
  ...STAGE_HELP,
  ...VOTE_HELP,
  ...AGENDA_HELP,
  ...EXPORT_HELP,
  ['Enter', 'help.entryEnter'],
  ['0 Enter', 'help.entryZero'],
  ['Ctrl+I / F8', 'help.entryInvalid'],
  ['Ctrl+G', 'help.entryGoto'],
  ['Alt+1 2 3', 'help.entryPass'],
];

export function HelpOverlay() {
  const t = useT();
  const close = () => useApp.getState().toggleHelp(false);
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('help.title')} onClick={close}>
      <div className="dialog" onClick={(e) => e.stopPropagation()}>
        <h2>{t('help.title')}</h2>
        <table className="shortcuts">
          <tbody>
            {SHORTCUTS.map(([key, label]) => (
              <tr key={label}>
                <td>
                  <kbd>{key}</kbd>
                </td>
                <td>{t(label)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <AboutPanel />
        <button onClick={close}>{t('common.close')}</button>
      </div>
    </div>
  );
}
