import { useEffect } from 'react';

/** Controls where Enter already means something of their own: pressing a button, opening a list. */
const OWN_ENTER = new Set(['BUTTON', 'SELECT', 'TEXTAREA', 'A']);

/**
 * Enter confirms a dialog wherever the focus is in it (on the window, like use-escape.ts), except
 * on a control whose Enter is its own, and never while an input method is still composing a
 * letter (Telex, VNI: Enter ends the composition there, it must not import a file).
 */
export function useEnterConfirm(onEnter: () => void, active = true): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || e.isComposing || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey || e.defaultPrevented) return;
      if (e.target instanceof HTMLElement && OWN_ENTER.has(e.target.tagName)) return;
      e.preventDefault();
      onEnter();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, onEnter]);
}
