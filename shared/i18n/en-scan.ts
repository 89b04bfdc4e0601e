import type { viScan } from './vi-scan';

export const enScan: Record<keyof typeof viScan, string> = {
  'error.SCAN_REFUSED': 'Cannot read the scan {file}.',
  'scan.tooLarge': 'The scan {file} is too large ({megabytes} MB; at most {limit} MB).',
  'scan.tooManyPixels': 'Page {page} of {file} is too large ({megapixels} million pixels).',
  'scan.unknownFormat': '{file} is not a scanned image (JPEG, PNG, TIFF) nor a PDF.',
  'scan.damaged': 'Page {page} of {file} is damaged: its image cannot be read.',
  'scan.pdfNoImage': 'Page {page} of the PDF {file} holds no scanned image.',
  'scan.pdfDamaged': 'The PDF {file} is damaged.',
  'scan.cannotRead': 'Cannot open the file {file} (deleted, renamed, or not readable?).',
  'error.SCAN_PENDING': 'Scanned papers are waiting for the counting board.',
  'scan.blank': 'Page {page} of {file} is blank: not a paper.',
  'scan.unreadable': 'Page {page} of {file}: the paper cannot be read (corner marks or QR code not found); scan it again.',
  'scan.wrongScale': 'Page {page} of {file} was printed or scanned at the wrong size ({percent} %): print or scan it at 100 %.',
  'scan.uncutPage':
    'Page {page} of {file} is a whole A4 page printed {papers} papers to a page, not cut apart: cut the papers apart and scan them again; this page is not counted.',
  'scan.notOurCode': 'Page {page} of {file} is not a paper printed by Congress Desk.',
  'scan.otherCongress': 'Page {page} of {file} is a paper of another congress.',
  'scan.otherBallot': 'Page {page} of {file} is a paper of another ballot (or round).',
  'scan.otherLayout': 'Page {page} of {file} was printed from another list or form than the current one.',
  'scan.sheetMissing':
    'Page {page} of {file} (sheet {at}/{sheets}): sheet {sheet}/{sheets} of the same paper is missing; the paper is not counted.',
  'scan.sheetRepeated': 'Page {page} of {file} (sheet {at}/{sheets}): sheet {sheet}/{sheets} is repeated; the paper is not counted.',
  'scan.pendingBlocksCount': '{count} scanned papers wait for the counting board (papers {papers}): the count cannot be made yet.',
  'scan.notPending': 'Paper {paper} has no scanned sheet waiting for review.',
  'scan.decideOne':
    'Decide either the whole paper (the struck numbers, or why it is invalid) or its doubts one by one (a row struck or kept, the page valid), not both.',
  'scan.duplicate': 'Page {page} of {file} was scanned before (paper {paper}, {firstFile} page {firstPage}): not counted again.',
  'scan.noRenderer':
    'Cannot render the blank papers of {file}: the installed PDF renderer (pdf.js, @napi-rs/canvas) does not run; reinstall Congress Desk.',
  'scan.cli.page': 'page {page}',
  'scan.cli.sheet': 'sheet {sheet}',
  'scan.cli.pageDoubt': 'page: {doubt}',
  'scan.cli.pending': 'Paper {paper} pass {pass} | {sheets} | the machine saw struck: {struck} | to look at: {doubts}',
  'scan.cli.nonePending': 'No scanned paper is waiting for review.',
  'scan.cli.decided': 'Paper {paper} pass {pass}: recorded as the counting board decided.',
  'scan.cli.lowResolution':
    'Sheets scanned at {dpi} dpi: {pages}. The machine cannot take a second look for a short line inside one word, so more papers go to the board. Set the scanner to 200 dpi for the rest of the stack.',
  'scan.cli.summary':
    '{accepted} papers recorded · {pending} waiting for the counting board · {refused} pages refused · {duplicates} sheets scanned before',
  'scan.rowNotDoubtful': 'Paper {paper}: the machine had no doubt about row {number}; the board decides only the rows it was shown.',
  'scan.rowTwice': 'Paper {paper}: row {number} is given twice in one decision.',
  'scan.noPageDoubt': 'Paper {paper} has no page-level doubt (writing, no stamp) to clear as valid.',
  'scan.alreadyRecorded':
    'Paper {paper} has already entered pass {pass}; it cannot be decided again (replace it, with a reason, if need be).',
  'scan.whichPass': 'Paper {paper} waits in more than one pass ({passes}): say which.',
  'scan.cli.boardSoFar': 'the board decided: {decided}',
  'scan.cli.struck': 'struck',
  'scan.cli.kept': 'kept',
  'scan.cli.pageCleared': 'page: valid',
  'scan.cli.partly': 'Paper {paper} pass {pass}: decision recorded; {undecided} items still wait for the counting board.',
  'scan.imageUnknown': 'This ballot has no scanned image {image}….',
  'scan.imageMissing': 'The kept scan image {file} is not there: the file was deleted or moved.',
  'scan.imageChanged': 'The kept scan image {file} is not as recorded (its SHA-256 differs): the file was edited or replaced.',
  'scan.verify.imageMissing': 'The scan of sheet {sheet} of paper {paper} (pass {pass}) of ballot {ballot} is missing: no file {file}',
  'scan.verify.imageChanged':
    'The scan of sheet {sheet} of paper {paper} (pass {pass}) of ballot {ballot} was changed outside the app: file {file} has another SHA-256',
  'scan.verify.imagesOk': 'Scanned images: {count}, all there with the SHA-256 recorded',
  'scan.verify.imagesBroken': 'Scanned images: {problems} of {count} missing or changed:',
  // a watched folder and batches (main/engine/scan-watch.ts, scan-batches.ts)
  'error.SCAN_WATCHING': 'Another scan folder is being watched.',
  'scan.watchBusy': 'The folder {folder} is being watched: stop watching it first.',
  'scan.watchFolderGone':
    'The folder {folder} is gone (deleted, renamed, or the drive pulled?): watching stopped; the papers read so far stay recorded.',
  'scan.congressChanged':
    'The congress file was closed while scans were being read: what was not recorded yet was not recorded; reopen the file and read the folder again (sheets recorded are not counted twice).',
  'scan.cli.watching': 'Watching the folder {folder} (pass {pass}); Ctrl-C to stop.',
  'scan.cli.batch':
    'So far: {files} files · {accepted} papers recorded · {pending} for review · {refused} pages refused · {duplicates} scanned before · {waiting} sheets waiting for their next sheet',
};
