import type { viCandidatesImport } from './vi-candidates-import';

/** The candidate list's import preview in English (vi-candidates-import.ts is the reference). */
export const enCandidatesImport = {
  'candImport.title': 'Import the list of candidates',
  'candImport.summary_one': 'File "{file}": {count} person',
  'candImport.summary_other': 'File "{file}": {count} people',
  'candImport.errorRows_one': '{count} row with errors — fix the file and choose it again; nobody was imported.',
  'candImport.errorRows_other': '{count} rows with errors — fix the file and choose it again; nobody was imported.',
  'candImport.replaces_one': 'This list replaces the {count} person on it now.',
  'candImport.replaces_other': 'This list replaces the {count} people on it now.',
  'candImport.empty': 'The file holds nobody.',
  'candImport.confirm_one': 'Import {count} person',
  'candImport.confirm_other': 'Import {count} people',
  'candImport.order': 'The paper prints them in Vietnamese alphabetical order, not by the file’s STT.',
} as const satisfies Record<keyof typeof viCandidatesImport, string> & Record<string, string>;
