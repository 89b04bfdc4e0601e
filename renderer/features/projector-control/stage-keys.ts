/**
 * The stage keys of a live meeting, in one place for the shortcut handler, the buttons and the help
 * overlay. Ctrl+Space and Ctrl+. work from any screen, inside a text field too; F8 is paper entry's
 * "invalid" and Ctrl+Enter submits hand counts, so neither is used here.
 */
export const STAGE_KEYS = {
  switch: { label: 'Ctrl+Space', matches: (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && (e.key === ' ' || e.code === 'Space') },
  black: { label: 'Ctrl+.', matches: (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && (e.key === '.' || e.code === 'Period') },
} as const;
