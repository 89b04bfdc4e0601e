import { type RefObject, useLayoutEffect, useRef, useState } from 'react';

/**
 * Slides fit the screen they are on by measuring it, not by guessing per resolution: a 4:3 projector
 * is as tall as a 16:9 one in slide units but a quarter narrower, so the same heading needs more room
 * across and the same list fewer rows a page (renderer/styles/slides.css sizes everything in cqmin).
 */

/** Re-measures when the slide's stage changes size (a window moved to the projector, a resize). */
function onStageResize(el: HTMLElement, measure: () => void): () => void {
  measure();
  if (typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(measure);
  observer.observe(el.closest('.slide') ?? el.parentElement ?? el);
  return () => observer.disconnect();
}

/**
 * A line of text (organiser, heading, question, agenda step) that first shrinks to stay on one
 * line, never below `minScale` of its size (legibility from the back of the hall); when even that
 * is too long it keeps its full size and wraps, into lines of even length so no line ends with
 * half a place name.
 */
export function useFitLine<T extends HTMLElement>(minScale = 0.72): RefObject<T | null> {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    return onStageResize(el, () => {
      // `white-space` is a shorthand over `text-wrap`: clear both, then set, in this order.
      el.style.fontSize = '';
      el.style.textWrap = '';
      el.style.whiteSpace = 'nowrap';
      // The text's own width against the content box: padding does not shrink with the font.
      const range = document.createRange();
      if (typeof range.getBoundingClientRect !== 'function') return; // no layout here (jsdom)
      range.selectNodeContents(el);
      const natural = range.getBoundingClientRect().width;
      const style = getComputedStyle(el);
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (natural > room && room > 0) {
        const base = parseFloat(style.fontSize);
        const scale = (room / natural) * 0.98;
        if (scale >= minScale) el.style.fontSize = `${base * scale}px`;
        else {
          el.style.whiteSpace = 'normal';
          el.style.textWrap = 'balance';
        }
      }
    });
  });
  return ref;
}

/**
 * How many items of a list fit the height its box is given (the box takes what the slide leaves
 * once the heading, counts and foot are laid out, and hides what overflows): items keep their
 * legible size and the list shows fewer a page. From `max`, one fewer each layout until nothing
 * overflows — before the screen is painted, so the hall never sees the overflowing one.
 */
export function useCountThatFits<T extends HTMLElement>(max: number, min = 1): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [count, setCount] = useState(max);
  // After every layout on purpose: any change of content may overflow; it stops at `min`.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && el.scrollHeight > el.clientHeight + 1) setCount((now) => Math.max(min, now - 1));
  });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // A new screen size starts again from `max` (the first report is the observation starting).
    let first = true;
    const observer = new ResizeObserver(() => {
      if (!first) setCount(max);
      first = false;
    });
    observer.observe(el.closest('.slide') ?? el);
    return () => observer.disconnect();
  }, [max]);
  return [ref, count];
}

/** Whether the slide `ref` sits in is on a wide screen (16:9, 16:10) rather than a 4:3 one: wide ones take more columns. */
export function useWideStage(ref: RefObject<HTMLElement | null>): boolean {
  const [wide, setWide] = useState(true);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    return onStageResize(el, () => {
      const stage = el.closest('.slide') ?? el;
      setWide(stage.clientWidth >= 1.5 * stage.clientHeight);
    });
  }, [ref]);
  return wide;
}
