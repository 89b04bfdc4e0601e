import type { viListFiles } from './vi-list-files';

/** The roster and candidate-list file messages in English (vi-list-files.ts is the reference; plural keys may add `_one`). */
export const enListFiles = {
  'listFile.empty': '"{fileName}" is empty: it holds no data.',
  'listFile.onlyBlankRows': '"{fileName}" holds no data (only blank rows).',
  'listFile.notSpreadsheet': '"{fileName}" is not an Excel (.xlsx) or CSV file. Open it in Excel and save it as .xlsx.',
  'listFile.legacyXls':
    '"{fileName}" is not an Excel (.xlsx) or CSV file but an Excel 97–2003 (.xls) or password-protected file. Open it in Excel and save it as .xlsx.',
  'listFile.ods':
    '"{fileName}" is not an Excel (.xlsx) or CSV file but an OpenDocument spreadsheet (.ods). Open it in Excel and save it as .xlsx.',
  'listFile.unreadable':
    '"{fileName}" could not be read: the Excel file is damaged or was not saved completely. Open it in Excel and save it again.',
  'listFile.noRosterHeader':
    'No header row in the first {rows} rows of "{fileName}". The header needs a "Họ và tên" (full name) column and at least one other, such as "STT", "Ngày sinh", "Giới tính".',
  'listFile.noCandidateHeader':
    'No header row in the first {rows} rows of "{fileName}". The header needs a "Họ và tên" (full name) column.',
  'listFile.noNameColumn': '"{fileName}" has no full-name column yet. Choose the column that holds the full names.',
  'listRow.column': '{header} (column {letter})',
  'listRow.columnLetter': 'Column {letter}',
  'listRow.inCell': 'Row {row}, {column}: $t({problem})',
  'listRow.more_one': '… and {count} more row',
  'listRow.more_other': '… and {count} more rows',
  'listRow.tooLong': 'Too long ({length} characters, at most {max})',
  'listRow.noName': 'Full name missing',
  'listRow.nameHasDigits': 'Invalid full name: "{value}" (a name has no digits)',
  'listRow.badGender': 'Invalid gender: "{value}" (only Nam or Nữ)',
  'listRow.badKind': 'Invalid category: "{value}" (only: Đương nhiên, Hiệp thương cử, Được cử, Bầu, Chỉ định)',
  'listRow.badStatus': 'Invalid standing: "{value}" (only: Chính thức, Dự khuyết, Khách mời)',
  'listRow.badPartyMember': 'Party membership unreadable: "{value}" (x for a member, empty if not)',
  'listRow.badBirthDate': 'Birth date unreadable: "{value}" (use dd/mm/yyyy or a year yyyy)',
  'listRow.duplicateCode': 'Code "{code}" repeats row {firstRow}',
  'listRow.codeTaken': 'Code "{code}" is already on the congress roster',
  'listRow.bothGenders': 'Marked in both the Nam and the Nữ column',
  'listRow.birthInBothColumns': 'Birth date written in both the Nam and the Nữ column',
  'listRow.maleNotColumn': 'Gender Nam (male) does not match the column {header}',
  'listRow.femaleNotColumn': 'Gender Nữ (female) does not match the column {header}',
} as const satisfies Record<keyof typeof viListFiles, string> & Record<string, string>;
