import { useEffect } from 'react';

/**
 * Escape closes a dialog or sheet wherever the focus is (on the window, not on the dialog: the
 * print dialog or a click on the backdrop takes the focus away from it).
 */
export function useEscape(onEscape: () => void, active = true): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onEscape();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, onEscape]);
}
