import type { EnglishOf } from './plural';
import type { viAbout } from './vi-about';

export const enAbout: EnglishOf<typeof viAbout> = {
  'about.title': 'About',
  'about.app': 'Application',
  'about.schema': 'Congress file structure',
  'about.schemaValue': 'version {version}',
  'about.file': 'Open file',
  'about.fileValue': 'structure version {version}',
  'about.noFile': 'no congress open',
  'about.offline': 'The app never uses the Internet: no automatic updates, nothing sent anywhere.',
};
