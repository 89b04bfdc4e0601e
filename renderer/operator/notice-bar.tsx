import { useEffect } from 'react';
import { useApp } from '../app/app-store';
import { useErrorText, useT } from '../i18n/i18n';

/** One line under the top bar: the last confirmation or error, in the operator's language. */
export function NoticeBar() {
  const notice = useApp((s) => s.notice);
  const dismiss = useApp((s) => s.dismiss);
  const errorText = useErrorText();
  const t = useT();
  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const timer = setTimeout(dismiss, 4000);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.error ? errorText(notice.error) : notice.text}</span>
      <button className="ghost" onClick={dismiss} aria-label={t('common.close')}>
        ×
      </button>
    </div>
  );
}
