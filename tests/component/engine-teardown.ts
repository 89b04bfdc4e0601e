import { cleanup } from '@testing-library/react';
import type { TempEngine } from '../helpers/temp-engine';

/**
 * Unmounts the rendered app, then closes the engine. In this order: closing announces
 * congress:changed, which a still-mounted app would apply after the test, outside act().
 * (Testing Library's own cleanup runs only after the test file's afterEach.)
 */
export function unmountThenDispose(t: TempEngine): void {
  cleanup();
  t.dispose();
}
