/**
 * A page read against whichever form its paper was printed in (docs/scanning.md, "In phiếu"): one paper
 * to an A4 page, or two or four to a page and cut apart, each cut paper with its own marks and code.
 * The forms are tried nearest the page's size first; a paper wider than high that a feeder took short
 * edge first is turned a quarter before it is read. An A4 page that still holds a smaller form's papers
 * (not cut, or laid on the glass of an A4 scan) is refused: read as one paper, the others on it would
 * silently go uncounted.
 */
import { parsePaperCode } from '../../shared/domain/paper-code';
import type { GreyImage, PageInterpretation } from '../../shared/domain/scan-page';
import { DEFAULT_SCAN_SETTINGS, type ExpectedSheet, interpretPage, type ScanSettings } from './interpret';

/** The sheets expected of one printed form: they share a paper size, corner marks and a code's place. */
interface Form {
  size: { w: number; h: number };
  sheets: ExpectedSheet[];
}

/** A page as read, with the pixels it was read from (turned a quarter when it had to be): the image kept. */
interface FormReading {
  reading: PageInterpretation;
  image: GreyImage;
}

/** How far a page's size in points may differ from its paper's and still be that paper (borders, a cut off the line). */
const SIZE_SLACK = 0.06;

function formsOf(sheets: readonly ExpectedSheet[]): Form[] {
  const forms = new Map<string, Form>();
  for (const s of sheets) {
    const { w, h } = s.geometry.size;
    const key = `${w.toFixed(1)}x${h.toFixed(1)}`;
    if (!forms.has(key)) forms.set(key, { size: { w, h }, sheets: [] });
    forms.get(key)!.sheets.push(s);
  }
  return [...forms.values()];
}

const landscape = (w: number, h: number) => w > h;

/** The page turned a quarter clockwise, its redness with it. */
function quarterTurn(img: GreyImage): GreyImage {
  const { width: w, height: h } = img;
  const turn = (src: Uint8Array) => {
    const out = new Uint8Array(w * h);
    // the turned image is h wide: its pixel (x, y) is the source's (y, h − 1 − x)
    for (let y = 0; y < w; y++) for (let x = 0; x < h; x++) out[y * h + x] = src[(h - 1 - x) * w + y]!;
    return out;
  };
  return { width: h, height: w, data: turn(img.data), ...(img.dpi ? { dpi: img.dpi } : {}), ...(img.red ? { red: turn(img.red) } : {}) };
}

/** The page's size in points, when its file says its dpi. */
const pointsOf = (img: GreyImage) => (img.dpi ? { w: (img.width * 72) / img.dpi, h: (img.height * 72) / img.dpi } : null);

/** How far the page (upright as given, or turned) is from the form's size: by its dpi, else by its shape alone. */
function distance(img: GreyImage, form: Form): number {
  const p = pointsOf(img);
  const [w, h] =
    landscape(img.width, img.height) === landscape(form.size.w, form.size.h) ? [form.size.w, form.size.h] : [form.size.h, form.size.w];
  if (p) return Math.abs(Math.log(p.w / w)) + Math.abs(Math.log(p.h / h));
  return Math.abs(Math.log(img.width / img.height / (w / h)));
}

/** The page the way the form stands: turned a quarter when one is wider than high and the other is not. */
const standing = (img: GreyImage, form: Form) =>
  landscape(img.width, img.height) === landscape(form.size.w, form.size.h) ? img : quarterTurn(img);

/** The top-left `size` of a page (points), as a page of its own. */
function topLeft(img: GreyImage, size: { w: number; h: number }): GreyImage {
  const s = img.dpi! / 72;
  const width = Math.min(img.width, Math.round(size.w * s));
  const height = Math.min(img.height, Math.round(size.h * s));
  const cut = (src: Uint8Array) => {
    const out = new Uint8Array(width * height);
    for (let y = 0; y < height; y++) out.set(src.subarray(y * img.width, y * img.width + width), y * width);
    return out;
  };
  return { width, height, data: cut(img.data), dpi: img.dpi!, ...(img.red ? { red: cut(img.red) } : {}) };
}

/**
 * A page the size of the largest form's paper holding a smaller form's paper in its top-left corner: how
 * many papers that form prints to a page. The smallest form is tried first: the top-left of a larger
 * cut form is no paper of a smaller one, while the top-left papers of a smaller form could pass for one.
 */
function uncut(img: GreyImage, largest: Form, smaller: readonly Form[], settings: ScanSettings): number | null {
  if (!pointsOf(img) || distance(img, largest) > 2 * SIZE_SLACK) return null;
  for (const form of smaller) {
    const r = interpretPage(topLeft(img, form.size), form.sheets, settings);
    const code = r.kind === 'read' || r.kind === 'wrong-ballot' ? parsePaperCode(r.code) : null;
    if (code) return code.form.perPage;
  }
  return null;
}

export function interpretAnyForm(
  img: GreyImage,
  sheets: readonly ExpectedSheet[],
  settings: ScanSettings = DEFAULT_SCAN_SETTINGS,
): FormReading {
  const forms = formsOf(sheets).sort((a, b) => distance(img, a) - distance(img, b));
  if (forms.length === 1) {
    const image = standing(img, forms[0]!);
    return { reading: interpretPage(image, forms[0]!.sheets, settings), image };
  }
  const codes = new Set(sheets.map((s) => s.code));
  let first: FormReading | null = null;
  for (const form of forms) {
    const image = standing(img, form);
    const reading = interpretPage(image, form.sheets, settings);
    // another form's code read where this form has its code: that form is the one to read it with
    const ours = reading.kind === 'wrong-ballot' && codes.has(reading.code);
    if (reading.kind === 'read' || reading.kind === 'blank' || (reading.kind === 'wrong-ballot' && !ours)) return { reading, image };
    first ??= { reading, image };
  }
  const bySize = [...forms].sort((a, b) => a.size.w * a.size.h - b.size.w * b.size.h);
  const papers = uncut(img, bySize.at(-1)!, bySize.slice(0, -1), settings);
  return papers ? { reading: { kind: 'uncut', papers }, image: img } : first!;
}
