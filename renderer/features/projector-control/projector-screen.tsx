import { useState } from 'react';
import { client } from '../../app/client-instance';
import { useT } from '../../i18n/i18n';
import { QueuePicker } from './queue-picker';
import { SlideButtons } from './slide-buttons';
import { StagePanel } from './stage-panel';

/** In the browser, the projector is a second window (or another PC) opening projector.html. */
function openProjectorWindow(): void {
  const token = sessionStorage.getItem('congress-desk-token');
  const url = new URL('projector.html', window.location.href);
  if (token) url.searchParams.set('token', token);
  window.open(url.toString(), 'congress-desk-projector', 'popup');
}

export function ProjectorScreen() {
  const t = useT();
  const [ratio, setRatio] = useState('16 / 9');
  const inBrowser = !client().bridge.dialogs;
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
        {inBrowser && <button onClick={openProjectorWindow}>{t('projector.openWindow')}</button>}
      </div>
      <StagePanel ratio={ratio} />
      <QueuePicker />
    </section>
  );
}
