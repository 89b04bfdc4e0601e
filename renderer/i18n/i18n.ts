import { create } from 'zustand';
import type { AppErrorData } from '../../shared/contract/result';
import { createI18n, type Locale, renderWith } from '../../shared/i18n/translator';
import { renderMessage } from '../../shared/i18n/messages';
import { en } from './en';
import { type MessageKey, type PluralKey, vi } from './vi';

export type { Locale };
/** The UI words and the shared catalog (errors, counts) in one i18next instance. */
const ui = createI18n({ vi, en });
const LOCALE_KEY = 'congress-desk-locale';

function initialLocale(): Locale {
  try {
    return localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

interface LocaleState {
  locale: Locale;
  setLocale(locale: Locale): void;
}

export const useLocale = create<LocaleState>((set) => ({
  locale: initialLocale(),
  setLocale(locale) {
    try {
      localStorage.setItem(LOCALE_KEY, locale);
    } catch {
      // private mode: the choice just won't survive a reload
    }
    document.documentElement.lang = locale;
    set({ locale });
  },
}));

type Params = Record<string, string | number>;
/** A plural key cannot be called without the number that chooses its form. */
type ParamsOf<K extends MessageKey> = K extends PluralKey ? [params: Params & { count: number }] : [params?: Params];
export type Translate = <K extends MessageKey>(key: K, ...params: ParamsOf<K>) => string;

export function translate<K extends MessageKey>(locale: Locale, key: K, ...[params]: ParamsOf<K>): string {
  return renderWith(ui, locale, key, params);
}

export function useT(): Translate {
  const locale = useLocale((s) => s.locale);
  return (key, ...params) => translate(locale, key, ...params);
}

/** An error (or live check) in the operator's language: rendered from its catalog key when it has one. */
export function useErrorText(): (error: { code?: string; key?: string; params?: AppErrorData['params']; details?: unknown }) => string {
  const locale = useLocale((s) => s.locale);
  return (error) => renderMessage(locale, error);
}
