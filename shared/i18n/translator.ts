import i18next, { type i18n, type Resource } from 'i18next';
import { enShared } from './en';
import { type SharedKey, viShared } from './vi';

export type { SharedKey };

export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];
export type MessageParams = Record<string, string | number>;

// Made once per language: building an Intl formatter costs far more than formatting with it, and a
// 400-row tally formats thousands of numbers per render.
const NUMBERS: Record<Locale, Intl.NumberFormat> = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-GB') };
const DATES: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }),
};

/** Numbers are written the way each language does: vi 1.500, en 1,500. */
export function formatNumber(locale: Locale, value: number): string {
  return NUMBERS[locale].format(value);
}

/** Dates per language: vi 02/12/2026, en 2 Dec 2026. */
export function formatDate(locale: Locale, value: Date | string | number): string {
  return DATES[locale].format(value instanceof Date ? value : new Date(value));
}

/**
 * One i18next instance holding the shared catalog plus whatever extra dictionaries a side adds (the
 * renderer loads its UI words). Keys contain dots, so no key/namespace separators; `{name}`
 * placeholders as the dictionaries always had; every number parameter is formatted per language.
 */
export function createI18n(extra: Partial<Record<Locale, Record<string, string>>> = {}): i18n {
  const resources: Resource = {
    vi: { translation: { ...viShared, ...extra.vi } },
    en: { translation: { ...enShared, ...extra.en } },
  };
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'vi',
    fallbackLng: 'vi',
    supportedLngs: ['vi', 'en'],
    resources,
    initAsync: false,
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
    interpolation: { prefix: '{', suffix: '}', escapeValue: false, alwaysFormat: true },
  });
  // With alwaysFormat every placeholder passes through the interpolator's format; plain numbers get the locale's digits.
  const interpolator = instance.services.interpolator as unknown as {
    format: (value: unknown, format: string | undefined, lng: string, options: unknown) => unknown;
  };
  const named = interpolator.format.bind(interpolator);
  interpolator.format = (value, format, lng, options) =>
    !format && typeof value === 'number' ? formatNumber(lng === 'en' ? 'en' : 'vi', value) : named(value, format, lng, options);
  return instance;
}

let shared: i18n | undefined;
function sharedInstance(): i18n {
  return (shared ??= createI18n());
}

export function renderWith(instance: i18n, locale: Locale, key: string, params?: MessageParams): string {
  return instance.t(key, { ...params, lng: locale }) as string;
}

/** A shared message in one language. */
export function t(locale: Locale, key: SharedKey, params?: MessageParams): string {
  return renderWith(sharedInstance(), locale, key, params);
}

export type Translator = (key: SharedKey, params?: MessageParams) => string;
export function createTranslator(locale: Locale): Translator {
  return (key, params) => t(locale, key, params);
}

export function isSharedKey(key: string): key is SharedKey {
  return key in viShared || `${key}_other` in viShared;
}

/** One thing wrong, by key: a hand count's problem (shared/domain/tally.ts), a saved paper's remark. */
export interface KeyedProblem {
  key: SharedKey;
  params?: MessageParams;
}

/** One row of a batch refused (`papers:recordMany`, the CLI's papers file): where, and what by key. */
export interface RowProblem extends KeyedProblem {
  row: number;
}

/** A bad cell of a roster or candidate file (main/import): the row and the column the user finds in Excel. */
export interface ListRowProblem extends RowProblem {
  column: { header: string; letter: string };
}
