/**
 * Polling assertions for the e2e tests: playwright-core comes without the test runner's `expect`,
 * and the pages update on engine events, so each check retries until it holds or 10 s pass.
 */
import type { Locator } from 'playwright-core';

const LIMIT_MS = 10_000;
const STEP_MS = 50;

async function poll(check: () => Promise<boolean>, failure: () => string): Promise<void> {
  const deadline = Date.now() + LIMIT_MS;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, STEP_MS));
  }
  throw new Error(failure());
}

/** The locator's text, whitespace collapsed, comes to contain `text` (a node not yet there reads as empty). */
export async function expectText(locator: Locator, text: string, options: { caseInsensitive?: boolean } = {}): Promise<void> {
  const fold = (s: string) => (options.caseInsensitive ? s.toUpperCase() : s);
  let last = '';
  await poll(
    async () => {
      last = (await locator.innerText({ timeout: STEP_MS }).catch(() => '')).replace(/\s+/g, ' ');
      return fold(last).includes(fold(text));
    },
    () => `expected «${text}» in «${last}»`,
  );
}

/** `eventually(locator).toHaveCount(3)`, `.not.toHaveClass(/elected/)`… */
export function eventually(locator: Locator) {
  const api = (negate: boolean) => {
    const wait = (check: () => Promise<boolean>, what: string) =>
      poll(
        async () => (await check()) !== negate,
        () => `expected ${negate ? 'not ' : ''}${what}`,
      );
    return {
      toHaveCount: (n: number) => wait(async () => (await locator.count()) === n, `count ${n}`),
      toBeDisabled: () => wait(() => locator.isDisabled(), 'disabled'),
      toHaveClass: (re: RegExp) => wait(async () => re.test((await locator.getAttribute('class')) ?? ''), `class ${re}`),
    };
  };
  return { ...api(false), not: api(true) };
}
