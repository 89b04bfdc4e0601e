import { createPdf } from '../../../main/export/document/pdf-base';
import { FONT_FILES, type FontFace } from '../../../main/export/resources';

/**
 * Choosing a face again is a lookup, not a new parse of the font file (pdfkit 0.20 re-opened the
 * regular face on every `font('regular')`: half the time of a national archive went there). pdfkit
 * counts every font it opens (`_fontCount`, the source of its font ids): the count must not move.
 */
const meta = { title: 't', subject: 's', createdAt: new Date(0).toISOString(), appVersion: '0', schemaVersion: 1, congressName: 'c' };

describe('the PDF fonts', () => {
  it('opens each face once, however often it is chosen', () => {
    const doc = createPdf(meta, { top: 10, bottom: 10, left: 10, right: 10 });
    const opened = () => (doc as unknown as { _fontCount: number })._fontCount;
    const before = opened();
    for (let round = 0; round < 3; round++)
      for (const face of Object.keys(FONT_FILES) as FontFace[]) doc.font(face).widthOfString('Nguyễn');
    expect(opened()).toBe(before);
  });
});
