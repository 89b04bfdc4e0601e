import type { viScan } from './vi-scan';

export const enScan: Record<keyof typeof viScan, string> = {
  'error.SCAN_REFUSED': 'Cannot read the scan {file}.',
  'scan.tooLarge': 'The scan {file} is too large ({megabytes} MB; at most {limit} MB).',
  'scan.tooManyPixels': 'Page {page} of {file} is too large ({megapixels} million pixels).',
  'scan.unknownFormat': '{file} is not a scanned image (JPEG, PNG, TIFF) nor a PDF.',
  'scan.damaged': 'Page {page} of {file} is damaged: its image cannot be read.',
  'scan.pdfNoImage': 'Page {page} of the PDF {file} holds no scanned image.',
  'scan.pdfDamaged': 'The PDF {file} is damaged.',
  'error.SCAN_PENDING': 'Scanned papers are waiting for the counting board.',
  'scan.blank': 'Page {page} of {file} is blank: not a paper.',
  'scan.unreadable': 'Page {page} of {file}: the paper cannot be read (corner marks or QR code not found); scan it again.',
  'scan.wrongScale': 'Page {page} of {file} was printed or scanned at the wrong size ({percent} %): print or scan it at 100 %.',
  'scan.notOurCode': 'Page {page} of {file} is not a paper printed by Congress Desk.',
  'scan.otherCongress': 'Page {page} of {file} is a paper of another congress.',
  'scan.otherBallot': 'Page {page} of {file} is a paper of another ballot (or round).',
  'scan.otherLayout': 'Page {page} of {file} was printed from another list or form than the current one.',
  'scan.sheetMissing':
    'Page {page} of {file} (sheet {at}/{sheets}): sheet {sheet}/{sheets} of the same paper is missing; the paper is not counted.',
  'scan.sheetRepeated': 'Page {page} of {file} (sheet {at}/{sheets}): sheet {sheet}/{sheets} is repeated; the paper is not counted.',
  'scan.pendingBlocksCount': '{count} scanned papers wait for the counting board (papers {papers}): the count cannot be made yet.',
  'scan.notPending': 'Paper {paper} has no scanned sheet waiting for review.',
  'scan.decideOne': 'Give either the struck numbers or the reason the paper is invalid, not both.',
  'scan.duplicate': 'Page {page} of {file} was scanned before (paper {paper}, {firstFile} page {firstPage}): not counted again.',
  'scan.noRenderer': 'Cannot render the blank papers of {file}: this machine has no pdftoppm (poppler-utils).',
  'scan.cli.page': 'page {page}',
  'scan.cli.summary':
    '{accepted} papers recorded · {pending} waiting for the counting board · {refused} pages refused · {duplicates} sheets scanned before',
};
