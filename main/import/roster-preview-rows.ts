/**
 * The rows of a roster preview, in their own file: roster-rows.ts builds them and roster-reader.ts
 * assembles the preview, and neither needs to import the other for the shapes.
 */
import type { DelegateInput, RosterField } from '../../shared/domain/delegate';
import type { ListRowProblem } from '../../shared/i18n/translator';
import { columnLetter } from './sheet-reader';

export interface RosterColumn {
  index: number;
  letter: string;
  header: string;
  field: RosterField | null;
}

/** A column as a message names it: its header without notes like "(dd/mm/yyyy)", and its letter. */
export type ColumnRef = ListRowProblem['column'];

export function columnRef(index: number, header: string): ColumnRef {
  return { header: header.replace(/\s*\([^)]*\)/g, '').trim(), letter: columnLetter(index) };
}

/**
 * One thing wrong in one cell, by key (shared/i18n/vi-list-files.ts `listRow.*`): the client words
 * it, with the row and the column the user finds in Excel (shared/i18n/messages.ts `rowProblemText`).
 */
export type RosterRowError = ListRowProblem;

/** `delegate` is null exactly when `errors` is non-empty. */
export interface RosterRow {
  row: number;
  delegate: DelegateInput | null;
  errors: RosterRowError[];
}
