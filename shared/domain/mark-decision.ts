/**
 * The mark decision (docs/scanning.md): what the pixels measured in one name row, or on the whole
 * page, mean. Pure and in shared/ so the thresholds are settings the board can see and the tests can
 * pin. Anything between the bands is `doubtful`: the board decides, the machine never guesses.
 */

export type MarkDecision = 'struck' | 'kept' | 'yes' | 'no' | 'doubtful';

export type RowReason = 'short-line' | 'faint' | 'off-name' | 'extra-ink' | 'both-boxes' | 'no-box' | 'unsure-box' | 'row-marks-missing';

export type PageDoubt = 'writing' | 'no-stamp';

/** What was measured in one row, in shares (0–1) of the row's name box (new ink: not on the blank sheet). */
export interface RowMeasure {
  /** How much of the printed name's width the longest line through it crosses. */
  lineSpan: number;
  /** Share of the columns lying within the printed text's height, for the line found least on it (a circle's arcs lie outside). */
  lineOnName: number;
  /** The widest gap in one column between the lines found, in text heights (a double strike's are close, a circle's arcs a name apart). */
  lineSpread: number;
  /** How dark the line is: 1 black, 0 paper. */
  lineDarkness: number;
  /** The line's ink across it, in points (darkness × width; 0 when too few clean columns to tell). */
  lineInk: number;
  /**
   * How red the line's core is on a colour scan, 0–255 (the median over its columns; 0 on a grey scan):
   * a red pen's thin line at 150 dpi is as light as a pencil's, but a pencil or a shadow is grey.
   */
  lineRedness?: number;
  /** New ink in the name box left when the lines found are taken away (a circle's sides, a tick, writing). */
  extraInk: number;
  /** New ink in the Đồng ý / Không đồng ý cells (yes/no papers only). */
  yesInk?: number;
  noInk?: number;
  /** Both row marks were found where the corners said. */
  marksFound: boolean;
}

export interface PageMeasure {
  /** New ink outside the names, the marks, the code, the stamp and the printed text, as a share of that area. */
  outsideInk: number;
  /** Share of the stamp box covered by red (colour scans) or by new ink (grey scans). */
  stampCover: number;
}

export interface MarkThresholds {
  /** A line crossing at least this share of the name strikes it; one crossing less than `keptSpan` is nothing. */
  struckSpan: number;
  keptSpan: number;
  /** The line must lie on the name (not above or below it) over at least this share of its length. */
  onName: number;
  /** Lines further apart than this many text heights are no double strike but the arcs of a circle: off the name. */
  spread: number;
  /** A line fainter than this is doubtful (pencil, a dry pen, a scanner's shadow is lighter still)… */
  darkness: number;
  /**
   * …unless it is at least `thinDarkness` dark and has `thinInk` points of ink across it: a thin dark pen
   * scanned at 150 dpi shows lighter than it is, but keeps its ink; a faint pen has neither.
   */
  thinDarkness: number;
  thinInk: number;
  /** …or, on a colour scan, it is at least `thinDarkness` dark and its core at least `redInk` red: a red pen's line. */
  redInk: number;
  /** New ink beside the lines, as a share of the name box: below `extraClean` it is noise, above it doubtful. */
  extraClean: number;
  /** A yes/no cell with more new ink than `boxMarked` is marked, with less than `boxEmpty` empty. */
  boxMarked: number;
  boxEmpty: number;
  /** Page: new ink outside the names above this share is writing or a signature. */
  outsideInk: number;
  /** Page: the stamp box must be covered at least this much. */
  stampCover: number;
}

/** The defaults (docs/scanning.md, measured with tests/bench/scan-accuracy.ts). */
export const DEFAULT_MARK_THRESHOLDS: MarkThresholds = {
  struckSpan: 0.8,
  keptSpan: 0.06,
  onName: 0.7,
  spread: 1,
  darkness: 0.42,
  thinDarkness: 0.36,
  thinInk: 0.4,
  redInk: 20,
  extraClean: 0.0005,
  boxMarked: 0.04,
  boxEmpty: 0.008,
  outsideInk: 0.0002,
  stampCover: 0.03,
};

export interface RowDecision {
  decision: MarkDecision;
  reasons: RowReason[];
}

function boxState(ink: number, t: MarkThresholds): 'marked' | 'empty' | 'unsure' {
  return ink >= t.boxMarked ? 'marked' : ink <= t.boxEmpty ? 'empty' : 'unsure';
}

/** A yes/no row: one box marked says which; both or neither is not counted (the paper stays valid), unsure is doubtful. */
function decideBoxes(m: RowMeasure, t: MarkThresholds, reasons: RowReason[]): RowDecision {
  const yes = boxState(m.yesInk ?? 0, t);
  const no = boxState(m.noInk ?? 0, t);
  if (yes === 'unsure' || no === 'unsure') reasons.push('unsure-box');
  else if (yes === 'marked' && no === 'marked') reasons.push('both-boxes');
  else if (yes === 'empty' && no === 'empty') reasons.push('no-box');
  if (m.extraInk > t.extraClean) reasons.push('extra-ink');
  if (reasons.length > 0) return { decision: 'doubtful', reasons };
  return { decision: yes === 'marked' ? 'yes' : 'no', reasons };
}

function darkEnough(m: RowMeasure, t: MarkThresholds): boolean {
  if (m.lineDarkness >= t.darkness) return true;
  return m.lineDarkness >= t.thinDarkness && (m.lineInk >= t.thinInk || (m.lineRedness ?? 0) >= t.redInk);
}

export function decideRow(m: RowMeasure, t: MarkThresholds = DEFAULT_MARK_THRESHOLDS): RowDecision {
  const reasons: RowReason[] = [];
  if (!m.marksFound) reasons.push('row-marks-missing');
  if (m.yesInk !== undefined || m.noInk !== undefined) return decideBoxes(m, t, reasons);
  const extra = m.extraInk > t.extraClean;
  if (m.lineSpan < t.keptSpan) {
    if (extra) reasons.push('extra-ink');
    return reasons.length ? { decision: 'doubtful', reasons } : { decision: 'kept', reasons };
  }
  if (m.lineSpan < t.struckSpan) reasons.push('short-line');
  if (m.lineOnName < t.onName || m.lineSpread > t.spread) reasons.push('off-name');
  if (!darkEnough(m, t)) reasons.push('faint');
  if (extra) reasons.push('extra-ink');
  return reasons.length ? { decision: 'doubtful', reasons } : { decision: 'struck', reasons };
}

export function decidePage(m: PageMeasure, t: MarkThresholds = DEFAULT_MARK_THRESHOLDS): PageDoubt[] {
  const doubts: PageDoubt[] = [];
  if (m.outsideInk > t.outsideInk) doubts.push('writing');
  if (m.stampCover < t.stampCover) doubts.push('no-stamp');
  return doubts;
}
