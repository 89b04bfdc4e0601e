import { createRoot } from 'react-dom/client';
import { connect } from '../client/client';
import { setClient } from '../app/client-instance';
import { translate } from '../i18n/i18n';
import { ProjectorApp } from './projector-app';
import '../styles/fonts.css';
import '../styles/base.css';
import '../styles/slides.css';
import '../styles/ballot-slides.css';
import '../styles/stage-slides.css';
import '../styles/agenda-slides.css';

const root = createRoot(document.getElementById('root')!);
try {
  setClient(connect());
  root.render(<ProjectorApp />);
} catch {
  root.render(<p className="fatal">{translate('vi', 'app.noToken')}</p>);
}
