/**
 * Text typed before Unicode with the TCVN3 (ABC, ".VnTime") or VNI-Windows ("VNI-Times") fonts
 * survives in old rosters: Excel keeps the bytes as Latin-1 characters and only the font makes them
 * look Vietnamese, so "NguyÔn V¨n §øc" (TCVN3) or "Nguyeãn Vaên Ñöùc" (VNI) is "Nguyễn Văn Đức".
 * Tables: TCVN 5712:1993 (VN3) and the VNI-Windows layout; both cross-checked against the
 * converters in Unikey-era tools and tested against known names in tests/integration/import.
 */

/** TCVN3 byte (as its Latin-1 character) → Unicode. VN3 has only 7 capitals; the rest are lower case. */
const TCVN3_PAIRS =
  'b8á b5à b6ả b7ã b9ạ a8ă beắ bbằ bcẳ bdẵ c6ặ a9â caấ c7ầ c8ẩ c9ẫ cbậ d0é ccè ceẻ cfẽ d1ẹ aaê d5ế ' +
  'd2ề d3ể d4ễ d6ệ ddí d7ì d8ỉ dcĩ deị e3ó dfò e1ỏ e2õ e4ọ abô e8ố e5ồ e6ổ e7ỗ e9ộ acơ edớ eaờ ebở ' +
  'ecỡ eeợ f3ú efù f1ủ f2ũ f4ụ adư f8ứ f5ừ f6ử f7ữ f9ự fdý faỳ fbỷ fcỹ feỵ aeđ a1Ă a2Â a3Ê a4Ô ' +
  'a5Ơ a6Ư a7Đ';

const TCVN3 = new Map<string, string>(
  TCVN3_PAIRS.split(' ').map((pair) => [String.fromCharCode(parseInt(pair.slice(0, 2), 16)), pair.slice(2)]),
);

/**
 * VNI writes a vowel as its base letter followed by mark characters. Built from the rules rather
 * than listed: tone marks ù ø û õ ï (sắc, huyền, hỏi, ngã, nặng); after "a", ê is the breve and
 * é è ú ü ë breve+tone; after "a", "e", "o", â is the circumflex and á à å ã ä circumflex+tone.
 */
const TONES = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const VNI = new Map<string, string>();
function addVni(base: string, marks: string, combining: string[], prefix = ''): void {
  [...marks].forEach((m, i) => {
    const composed = (base + prefix + combining[i]!).normalize('NFC');
    VNI.set(base + m, composed);
    VNI.set(base.toUpperCase() + m.toUpperCase(), composed.toUpperCase());
  });
}
for (const v of 'aeiouy') addVni(v, 'ùøûõï', TONES);
addVni('a', 'êéèúüë', ['\u0306', ...TONES.map((t) => `\u0306${t}`)]);
for (const v of 'aeo') addVni(v, 'âáàåãä', ['\u0302', ...TONES.map((t) => `\u0302${t}`)]);
// Letters VNI writes as one character, and ơ/ư which then take tone marks like any vowel.
const VNI_SINGLE: Record<string, string> = { í: 'í', ì: 'ì', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ', ñ: 'đ', ô: 'ơ', ö: 'ư' };
for (const [code, letter] of Object.entries(VNI_SINGLE)) {
  VNI.set(code, letter);
  VNI.set(code.toUpperCase(), letter.toUpperCase());
}
for (const [code, letter] of [
  ['ô', 'ơ'],
  ['ö', 'ư'],
] as const) {
  [...'ùøûõï'].forEach((m, i) => {
    const composed = (letter + TONES[i]!).normalize('NFC');
    VNI.set(code + m, composed);
    VNI.set(code.toUpperCase() + m.toUpperCase(), composed.toUpperCase());
  });
}

export type LegacyEncoding = 'tcvn3' | 'vni';

/** Unicode Vietnamese almost always has a character beyond Latin-1 (ă, đ, ơ, ư, ạ…). */
const BEYOND_LATIN1 = /[\u0100-\u{10FFFF}]/u;
const HAS_HIGH = /[\u0080-\u00FF]/;
/**
 * TCVN3 evidence: its letter codes in A1–BE, which are symbols in Latin-1 (§ ¨ © ª ¬ ® µ ¹ …), and
 * "capital" Latin-1 letters inside a lower-case word (NguyÔn).
 */
const TCVN3_EVIDENCE = /[\u00A1-\u00AE\u00B5-\u00B9\u00BB-\u00BE]|(?<=[a-z])[\u00C0-\u00DE]/g;
/** VNI evidence: mark characters right after a vowel, and Ñ/ñ (Đ/đ) starting a word. */
const VNI_EVIDENCE = /[aeiouyôöAEIOUYÔÖ][ùøûõïÙØÛÕÏ]|[aeAE][âáàåãäÂÁÀÅÃÄ]|[oO][âåäÂÅÄ]|[aA][êéèúüëÊÉÈÚÜË]|(?<![\p{L}])[Ññ]/gu;

/** Which legacy encoding a string is in, or null if it reads as ordinary (Unicode) text. */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (!HAS_HIGH.test(text) || BEYOND_LATIN1.test(text)) return null;
  const tcvn3 = text.match(TCVN3_EVIDENCE)?.length ?? 0;
  const vni = text.match(VNI_EVIDENCE)?.length ?? 0;
  if (vni > tcvn3) return 'vni';
  return tcvn3 > 0 ? 'tcvn3' : null;
}

export function fromTcvn3(text: string): string {
  const converted = [...text].map((ch) => TCVN3.get(ch) ?? ch).join('');
  // Capitals were typed with the ".VnTimeH" font over the lower-case codes: an all-caps text
  // (no ASCII lower case at all) stays all caps.
  return /[A-Z]{2}/.test(text) && !/[a-z]/.test(text) ? converted.toUpperCase() : converted;
}

export function fromVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const pair = VNI.get(text.slice(i, i + 2));
    if (pair && i + 1 < text.length) {
      out += pair;
      i++;
    } else {
      out += VNI.get(text[i]!) ?? text[i];
    }
  }
  return out;
}

/** Converts legacy-encoded text to Unicode (NFC); ordinary text comes back unchanged. */
export function repairLegacyText(text: string): { text: string; encoding: LegacyEncoding | null } {
  const encoding = detectLegacyEncoding(text);
  if (encoding === 'tcvn3') return { text: fromTcvn3(text).normalize('NFC'), encoding };
  if (encoding === 'vni') return { text: fromVni(text).normalize('NFC'), encoding };
  return { text, encoding: null };
}
