/**
 * The versions every exported document and installer names: the app (package.json) and the congress
 * file's schema (the number of migrations). One place, so a document and the About box never disagree.
 */
import packageJson from '../package.json' with { type: 'json' };
import { SCHEMA_VERSION } from './db/migrations/index';

export const APP_NAME = 'Congress Desk';
export const APP_VERSION: string = packageJson.version;
export { SCHEMA_VERSION };

/** "Congress Desk 0.1.0 (lược đồ 2)": what a document's metadata says made it. */
export function producedBy(): string {
  return `${APP_NAME} ${APP_VERSION} (lược đồ tệp đại hội ${SCHEMA_VERSION})`;
}
