import { create } from 'zustand';
import type { AppErrorData } from '../../shared/contract/result';
import { en } from './en';
import { type MessageKey, vi } from './vi';

export type Locale = 'vi' | 'en';
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

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const text = (locale === 'en' ? en : vi)[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export function useT(): Translate {
  const locale = useLocale((s) => s.locale);
  return (key, params) => translate(locale, key, params);
}

/** The engine sends every error (and every live check) in both languages; show the one the operator chose. */
export function useErrorText(): (error: Pick<AppErrorData, 'message' | 'messageEn'>) => string {
  const locale = useLocale((s) => s.locale);
  return (error) => (locale === 'en' ? error.messageEn : error.message);
}
