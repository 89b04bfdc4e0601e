import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, ERROR_CODES } from '../../shared/contract/result';
import { enShared } from '../../shared/i18n/en';
import { createI18n, formatDate, formatNumber, isSharedKey, t } from '../../shared/i18n/translator';
import { viShared } from '../../shared/i18n/vi';
import { inputIssues, renderIssue } from '../../shared/i18n/zod-issues';
import { en } from '../../renderer/i18n/en';
import { translate } from '../../renderer/i18n/i18n';
import { vi } from '../../renderer/i18n/vi';
import { errorText } from '../helpers/error-text';

const base = (key: string) => key.replace(/_(one|other)$/, '');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('shared catalog', () => {
  it('has the same keys in Vietnamese and English (English may add _one forms)', () => {
    expect([...new Set(Object.keys(enShared).map(base))].sort()).toEqual([...new Set(Object.keys(viShared).map(base))].sort());
  });

  it('has an error message for every error code', () => {
    for (const code of ERROR_CODES) expect(isSharedKey(`error.${code}`), code).toBe(true);
  });

  it('says "1 seat" and "2 seats" in English, one form in Vietnamese', () => {
    expect(t('en', 'count.seats', { count: 1 })).toBe('1 seat');
    expect(t('en', 'count.seats', { count: 2 })).toBe('2 seats');
    expect(t('en', 'count.delegates', { count: 0 })).toBe('0 delegates');
    expect(t('vi', 'count.seats', { count: 1 })).toBe('1 ghế');
  });

  it('writes numbers the way each language does', () => {
    expect(t('vi', 'count.papers', { count: 1500 })).toBe('1.500 phiếu');
    expect(t('en', 'count.papers', { count: 1500 })).toBe('1,500 papers');
    expect(formatNumber('vi', 1234567)).toBe('1.234.567');
    expect(formatNumber('en', 1234567)).toBe('1,234,567');
  });

  it('writes dates per language', () => {
    const day = new Date(Date.UTC(2026, 11, 2, 12));
    expect(formatDate('vi', day)).toBe('02/12/2026');
    expect(formatDate('en', day)).toBe('2 Dec 2026');
  });

  it('keeps {name} placeholders and dotted keys working', () => {
    const instance = createI18n({ vi: { 'a.b': 'Xin chào {name}' }, en: { 'a.b': 'Hello {name}' } });
    expect(instance.t('a.b', { name: 'An', lng: 'en' })).toBe('Hello An');
  });

  it('has every key that AppError.of is given in main/ and shared/', () => {
    const used = new Set<string>();
    for (const file of [...sourceFiles('main'), ...sourceFiles('shared')]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/AppError\.of\(\s*'[A-Z_]+',\s*'([^']+)'/g)) used.add(m[1]!);
    }
    for (const key of used) expect(isSharedKey(key), key).toBe(true);
  });
});

describe('AppError from the catalog', () => {
  it('carries code, key and params; each language renders its own words', () => {
    const data = AppError.of('PAPER_EXISTS', 'error.PAPER_EXISTS', { number: 1500 }).toData();
    expect(data).toMatchObject({ code: 'PAPER_EXISTS', key: 'error.PAPER_EXISTS', params: { number: 1500 } });
    expect(errorText(data, 'vi')).toBe('Phiếu số 1.500 đã được nhập.');
    expect(errorText(data, 'en')).toBe('Paper 1,500 has already been entered.');
  });

  it('survives a trip across the contract', () => {
    const again = AppError.fromData(
      JSON.parse(JSON.stringify(AppError.of('FILE_EXISTS', 'error.FILE_EXISTS', { path: 'a.cdesk' }).toData())),
    );
    expect(again.key).toBe('error.FILE_EXISTS');
    expect(errorText(again.toData(), 'en')).toBe('The file a.cdesk already exists.');
  });
});

describe('zod issues', () => {
  it('render in Vietnamese and English from path + code + parameters', () => {
    const parsed = z.object({ name: z.string().min(2), seats: z.number() }).safeParse({ name: 'a', seats: 'x' });
    expect(parsed.success).toBe(false);
    const issues = inputIssues(parsed.error!);
    expect(issues.map((i) => i.code)).toEqual(['too_small', 'invalid_type']);
    expect(issues.map((i) => renderIssue('vi', i))).toEqual(['name: cần ít nhất 2 ký tự', 'seats: cần số']);
    expect(issues.map((i) => renderIssue('en', i))).toEqual(['name: needs at least 2 characters', 'seats: expected a number']);
  });
});

describe('renderer dictionaries on i18next', () => {
  it('have the same keys (English may add _one forms) and render through the same instance', () => {
    expect([...new Set(Object.keys(en).map(base))].sort()).toEqual([...new Set(Object.keys(vi).map(base))].sort());
    expect(translate('vi', 'app.loading')).toBe(vi['app.loading']);
    expect(translate('en', 'app.loading')).toBe(en['app.loading']);
  });
});
