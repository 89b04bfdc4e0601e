import { useState } from 'react';
import { client } from '../../app/client-instance';
import { useT } from '../../i18n/i18n';
import { QueuePicker } from './queue-picker';
import { SlideButtons } from './slide-buttons';
import { StagePanel } from './stage-panel';
import { openProjectorWindow, useProjectorAddress } from './use-projector-address';

export function ProjectorScreen() {
  const t = useT();
  const [ratio, setRatio] = useState('16 / 9');
  const inBrowser = !client().bridge.dialogs;
  // In the browser, the projector is a second window opening projector.html with its own token.
  const projectorUrl = useProjectorAddress(inBrowser);
  return (
    <section className="projector-screen">
      <h1>{t('projector.title')}</h1>
      <p className="hint">{t('projector.hint')}</p>
      <SlideButtons />
      <div className="chips">
        {['16 / 9', '4 / 3'].map((r) => (
          <button key={r} className={ratio === r ? 'chip active' : 'chip'} onClick={() => setRatio(r)}>
            {r.replace(/ /g, '')}
          </button>
        ))}
        {inBrowser && (
          <button disabled={!projectorUrl} onClick={() => projectorUrl && openProjectorWindow(projectorUrl)}>
            {t('projector.openWindow')}
          </button>
        )}
      </div>
      <StagePanel ratio={ratio} />
      <QueuePicker />
    </section>
  );
}
