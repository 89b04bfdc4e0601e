/**
 * Keys that i18next chooses by `count` (shared/i18n/translator.ts): Vietnamese writes only `_other`,
 * English adds `_one`. Callers name the key without its suffix.
 */
export type StripPlural<K> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;

/** The bases of a catalog's plural keys. */
export type PluralBase<K> = K extends `${infer Base}_other` ? Base : never;

/** An English catalog for a Vietnamese one: every key of it, and the singular of every plural. */
export type EnglishOf<V> = Record<keyof V | `${PluralBase<keyof V>}_one`, string>;
