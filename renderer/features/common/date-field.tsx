import { useState } from 'react';
import { parseEventDate } from '../../../shared/domain/dates';
import { formatDate } from '../../../shared/domain/format';
import { useT } from '../../i18n/i18n';

/**
 * Digits typed straight on get their slashes: "15" → "15/", "15/12" → "15/12/", a pasted "15122026" →
 * "15/12/2026". Only while the text grows, so Backspace can take a slash away; "1/2/2026" stays as typed.
 */
function withSlashes(previous: string, text: string): string {
  if (text.length <= previous.length) return text;
  if (/^\d{8}$/.test(text)) return `${text.slice(0, 2)}/${text.slice(2, 4)}/${text.slice(4)}`;
  return /^(\d{2}|\d{1,2}\/\d{2})$/.test(text) ? `${text}/` : text.replace(/\/\/$/, '/');
}

/**
 * A date typed as dd/mm/yyyy, in either language: an `<input type="date">` would follow the browser's
 * locale (mm/dd/yyyy on an English Windows). The value is ISO `YYYY-MM-DD`, or null when left empty;
 * text that is not a real date keeps the field invalid (the form will not submit) until it is fixed.
 */
export function DateField({ value, onChange, label }: { value: string | null; onChange(iso: string | null): void; label: string }) {
  const t = useT();
  const [text, setText] = useState(formatDate(value));
  const iso = text.trim() ? parseEventDate(text) : null;
  const bad = text.trim() !== '' && iso === null;
  return (
    <label className="field">
      {label}
      <input
        inputMode="numeric"
        placeholder={t('date.placeholder')}
        value={text}
        aria-invalid={bad || undefined}
        ref={(el) => el?.setCustomValidity(bad ? t('date.invalid') : '')}
        onChange={(e) => {
          const next = withSlashes(text, e.target.value);
          setText(next);
          const parsed = next.trim() ? parseEventDate(next) : null;
          if (!next.trim() || parsed) onChange(parsed);
        }}
      />
      {bad && <span className="hint warn">{t('date.invalid')}</span>}
    </label>
  );
}
