import { createRoot } from 'react-dom/client';
import { connect } from '../client/client';
import { setClient } from '../app/client-instance';
import { translate, useLocale } from '../i18n/i18n';
import { OperatorApp } from './operator-app';
import { DeviceApp } from '../features/device/device-app';
import { isDevicePage } from '../features/device/device-link';
import '../styles/fonts.css';
import '../styles/base.css';
import '../styles/operator.css';
import '../styles/slides.css';
import '../styles/ballot-slides.css';
import '../styles/stage-slides.css';
import '../styles/votes.css';
import '../styles/agenda-slides.css';
import '../styles/ballots.css';
import '../styles/backups.css';
import '../styles/wal-recovery.css';
import '../styles/exports.css';
import '../styles/agenda.css';
import '../styles/entry-log.css';
import '../styles/about.css';

const root = createRoot(document.getElementById('root')!);
// The same page on the hall network is a paired device's: it connects with its own credential.
if (isDevicePage(window.location)) {
  root.render(<DeviceApp />);
} else {
  try {
    setClient(connect());
    root.render(<OperatorApp />);
  } catch {
    root.render(<p className="fatal">{translate(useLocale.getState().locale, 'app.noToken')}</p>);
  }
}
