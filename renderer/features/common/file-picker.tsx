import { useId, useState } from 'react';
import { useT } from '../../i18n/i18n';

interface Props {
  label: string;
  accept: string;
  disabled?: boolean;
  testId: string;
  onFile(file: File, input: HTMLInputElement): void;
}

/**
 * A file chooser that speaks the UI's language: the browser's own button says "Choose File" in the
 * browser's locale, which would be the one English line on a Vietnamese screen. The real input stays
 * in the page (keyboard, screen readers and tests use it); only its look is replaced.
 */
export function FilePicker({ label, accept, disabled, testId, onFile }: Props) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState<string | null>(null);
  return (
    <div className="field file-picker">
      <span>{label}</span>
      <span className="row">
        <input
          id={id}
          className="visually-hidden"
          type="file"
          accept={accept}
          disabled={disabled}
          data-testid={testId}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setName(file.name);
            onFile(file, e.target);
          }}
        />
        <label htmlFor={id} className={disabled ? 'button disabled' : 'button'}>
          {t('file.choose')}
        </label>
        <span className="hint file-name">{name ?? t('file.none')}</span>
      </span>
    </div>
  );
}
