/**
 * Vietnamese writes the syllables of one word apart, so a browser is free to end a line between
 * «nhiệm» and «kỳ», «phường» and «Hòa Bình», or to leave a year alone under «năm». The phrases of
 * congress wording below are read as one unit and stay on one line on the projector; the text
 * wraps between them as the slide's CSS says (text-wrap: balance, renderer/styles/slides.css).
 */

import { HALL_WORDS } from './hall-words';

/** `words` in any case, «Nhiệm kỳ» and «NHIỆM KỲ» too (not the regex `i` flag: names are told by their capitals). */
function anyCase(words: string): string {
  return [...words].map((ch) => (ch.toLowerCase() === ch.toUpperCase() ? ch : `[${ch.toLowerCase()}${ch.toUpperCase()}]`)).join('');
}
const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]?';
/** A syllable ending in oa, oe or uy (not the «qu» of «quý»), its vowels and tone mark apart (NFD). */
const GLIDE = new RegExp(`(?<!q)(o(?=${TONE}[ae])|u(?=${TONE}y))(${TONE})([aey])(${TONE})(?![\\p{L}\\p{M}])`, 'giu');
/** `word` as either keyboard setting types it: the tone of «hóa», «ủy» on the first vowel or on the second. */
function spellings(word: string): string[] {
  const moved = word
    .normalize('NFD')
    .replace(GLIDE, (_glide, first: string, tone: string, second: string, toneAfter: string) => first + toneAfter + second + tone)
    .normalize('NFC');
  return moved === word ? [word] : [word, moved];
}
/** Any of `words` in any case and spelling, the longest first where several start alike («ứng cử viên», not «ứng cử»). */
const oneOf = (words: readonly string[]) =>
  `(?:${words
    .flatMap(spellings)
    .sort((a, b) => b.length - a.length)
    .map(anyCase)
    .join('|')})(?![\\p{L}\\p{M}])`;

/**
 * The bodies a congress elects and the associations it names, written with one capital: «Ban Chấp
 * hành», «Hội Cựu chiến binh». Read before names, or «Ban Chấp» would pass for one and «hành» be left.
 */
const BODIES = oneOf([
  'ban chấp hành',
  'ban thường vụ',
  'ban thường trực',
  'ban kiểm tra',
  'hội cựu chiến binh',
  'hội nông dân',
  'hội liên hiệp phụ nữ',
]);
/** The levels a place is named by, then its name: «phường Hòa Bình», «Thành phố Hồ Chí Minh», «Quận 1». */
const UNIT = oneOf(['thành phố', 'thị xã', 'thị trấn', 'đặc khu', 'tỉnh', 'quận', 'huyện', 'phường', 'xã']);
const SYLLABLE = '\\p{Lu}[\\p{L}\\p{M}]*';
/** Two to four capitalised syllables and no more: a name; longer runs are text typed in capitals. */
const NAME_END = `(?! (?!${UNIT})\\p{Lu})`;
const PLACE = `${UNIT} (?:\\d+|${SYLLABLE}(?: ${SYLLABLE}){0,3}${NAME_END})`;
/** The words of congress wording (hall-words.ts). */
const WORDS = oneOf(HALL_WORDS);
/** A capital that starts a word the text goes on with in lower case: «Công» of «Ban Công tác» is no part of a name. */
const STARTS_WORD = `(?=${WORDS})${SYLLABLE} \\p{Ll}`;
/** The next syllable of a name: no place or body. */
const NAME_GOES_ON = `(?!${UNIT}|${BODIES})${SYLLABLE}`;
/** Only a name's last syllable can start a word of the text: the others are followed by capitals. */
const PROPER_NAME = `(?<!${SYLLABLE} )${SYLLABLE}(?: ${NAME_GOES_ON}){0,2} (?!${STARTS_WORD})${NAME_GOES_ON}${NAME_END}`;

const PHRASES = [
  // A date whole: «ngày 12 tháng 3 năm 2026» is short enough for any slide line.
  `${anyCase('ngày')} \\d{1,2} ${anyCase('tháng')} \\d{1,2} ${anyCase('năm')} \\d{4}`,
  `${anyCase('tháng')} \\d{1,2} ${anyCase('năm')} \\d{4}`,
  `${anyCase('năm')} \\d{4}`,
  // The term with its years, «2024 - 2029» spaced or «2026–2031» (an en dash allows a break after it).
  `${anyCase('nhiệm kỳ')} (?:\\d{4}(?: ?[-–—] ?\\d{4})?|\\S+)`,
  // «lần thứ I», «lần thứ XII», «lần thứ nhất»; «khóa XII», «khoá mới».
  `${anyCase('lần thứ')} \\S+`,
  `${oneOf(['khóa'])} \\S+`,
  BODIES,
  PLACE,
  // Before names: «Đoàn Chủ tịch», «Phó Chủ tịch» are no name «Đoàn Chủ», «Phó Chủ» with «tịch» left.
  WORDS,
  PROPER_NAME,
];

/** A phrase only where it starts and ends a word: «năm 2026», not the end of «hằngnăm 2026». */
const PHRASE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${PHRASES.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');

export interface HallPart {
  text: string;
  /** Must not be broken across lines. */
  kept: boolean;
}

/** `text` cut into the phrases a line must not break inside and the text between them; joined, they are `text`. */
export function hallParts(text: string): HallPart[] {
  const parts: HallPart[] = [];
  let at = 0;
  for (const m of text.matchAll(PHRASE)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index), kept: false });
    parts.push({ text: m[0], kept: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), kept: false });
  return parts;
}

/** Projected text with its phrases kept whole: the text itself is unchanged (copy, search, screen readers). */
export function HallText({ text }: { text: string }) {
  return hallParts(text).map((p, i) =>
    p.kept ? (
      <span key={i} className="hall-phrase">
        {p.text}
      </span>
    ) : (
      p.text
    ),
  );
}
