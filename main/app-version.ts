/**
 * The versions every exported document and installer names: the app (package.json) and the congress
 * file's schema (the number of migrations). One place, so a document and the About box never disagree.
 */
import packageJson from '../package.json' with { type: 'json' };
import { SCHEMA_VERSION } from './db/migrations/index';

export const APP_NAME = 'Congress Desk';
export const APP_VERSION: string = packageJson.version;
export { SCHEMA_VERSION };
