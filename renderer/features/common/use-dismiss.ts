import { type RefObject, useEffect } from 'react';
import { useEscape } from './use-escape';

/**
 * A drop-down menu closes as menus do: Escape, or a press anywhere outside it (its own button
 * included in `inside`, so that button's click still toggles it rather than reopening it).
 */
export function useDismiss(inside: RefObject<HTMLElement | null>, onDismiss: () => void, active: boolean): void {
  useEscape(onDismiss, active);
  useEffect(() => {
    if (!active) return;
    const onPress = (e: PointerEvent) => {
      if (!(e.target instanceof Node && inside.current?.contains(e.target))) onDismiss();
    };
    document.addEventListener('pointerdown', onPress);
    return () => document.removeEventListener('pointerdown', onPress);
  }, [active, inside, onDismiss]);
}
