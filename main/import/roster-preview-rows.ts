/**
 * The rows of a roster preview, in their own file: roster-rows.ts builds them and roster-reader.ts
 * assembles the preview, and neither needs to import the other for the shapes.
 */
import type { DelegateInput, RosterField } from '../../shared/domain/delegate';

export interface RosterColumn {
  index: number;
  letter: string;
  header: string;
  field: RosterField | null;
}

/** `column` is like "Ngày sinh (cột E)", or "" when the problem is the whole row. */
export interface RosterRowError {
  row: number;
  column: string;
  message: string;
}

/** `delegate` is null exactly when `errors` is non-empty. */
export interface RosterRow {
  row: number;
  delegate: DelegateInput | null;
  errors: RosterRowError[];
}
