import type { viScan } from './vi-scan';

export const enScan: Record<keyof typeof viScan, string> = {
  'error.SCAN_REFUSED': 'Cannot read the scan {file}.',
  'scan.tooLarge': 'The scan {file} is too large ({megabytes} MB; at most {limit} MB).',
  'scan.tooManyPixels': 'Page {page} of {file} is too large ({megapixels} million pixels).',
  'scan.unknownFormat': '{file} is not a scanned image (JPEG, PNG, TIFF) nor a PDF.',
  'scan.damaged': 'Page {page} of {file} is damaged: its image cannot be read.',
  'scan.pdfNoImage': 'Page {page} of the PDF {file} holds no scanned image.',
  'scan.pdfDamaged': 'The PDF {file} is damaged.',
};
