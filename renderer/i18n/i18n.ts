import { create } from 'zustand';
import type { AppErrorData } from '../../shared/contract/result';
import { createI18n, type Locale, renderMessage, renderWith } from '../../shared/i18n/translator';
import { en } from './en';
import { type MessageKey, vi } from './vi';

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

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  return renderWith(ui, locale, key, params);
}

export function useT(): Translate {
  const locale = useLocale((s) => s.locale);
  return (key, params) => translate(locale, key, params);
}

/** An error (or live check) in the operator's language: rendered from its catalog key when it has one. */
export function useErrorText(): (error: Pick<AppErrorData, 'key' | 'params' | 'message' | 'messageEn'>) => string {
  const locale = useLocale((s) => s.locale);
  return (error) => renderMessage(locale, error);
}
