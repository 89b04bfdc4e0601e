/**
 * Numbers on the operator's screen in the operator's language: Vietnamese 1.500 and 30,82 %,
 * English 1,500 and 30.82%. Message parameters that are numbers are formatted so already (shared/i18n/
 * translator.ts); this is for numbers shown on their own, in tables and counters. The projector's slides
 * stay Vietnamese (shared/domain/format.ts), whatever the operator reads.
 */
import { formatNumber } from '../../shared/i18n/translator';
import { formatHundredths, percentHundredths } from '../../shared/domain/format';
import { type Locale, useLocale } from './i18n';

export interface Numbers {
  count(n: number): string;
  /** Hundredths of a percent as the tally gives them (3082). */
  hundredths(h: number): string;
  percent(part: number, whole: number): string;
}

export function numbersFor(locale: Locale): Numbers {
  const hundredths = (h: number) =>
    locale === 'vi' ? formatHundredths(h) : `${formatNumber('en', Math.floor(h / 100))}.${String(h % 100).padStart(2, '0')}%`;
  return {
    count: (n) => formatNumber(locale, Math.trunc(n)),
    hundredths,
    percent: (part, whole) => hundredths(percentHundredths(part, whole)),
  };
}

export function useNumbers(): Numbers {
  return numbersFor(useLocale((s) => s.locale));
}
