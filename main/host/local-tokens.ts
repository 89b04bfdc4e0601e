import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newToken, type Tokens } from './security';

/**
 * The loopback host's tokens, kept for as long as the congress runs, not one run of the host: a
 * restart (a crash, the laptop rebooted between two days of a congress) prints the same addresses,
 * so the operator's and the projector's open windows carry on, and F5 keeps working from their
 * cookie. Kept in the workspace folder (`<workspace>/host/local-tokens.json`, 0600 in a 0700
 * folder), never in the congress file nor in the running-host records (SECURITY.md: the token is
 * the operator's key). `npm run serve -- --new-tokens` revokes them: new ones are made, and every
 * window opened with the old ones is refused.
 */
export function localTokensPath(workspaceDir: string): string {
  return join(workspaceDir, 'host', 'local-tokens.json');
}

const isToken = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{32,}$/.test(value);

function read(path: string): Tokens | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Tokens>;
    return isToken(parsed.operator) && isToken(parsed.projector) && parsed.operator !== parsed.projector
      ? { operator: parsed.operator, projector: parsed.projector }
      : null;
  } catch {
    return null; // none yet, or unreadable: new ones
  }
}

export function localTokens(workspaceDir: string, options: { renew?: boolean } = {}): Tokens {
  const path = localTokensPath(workspaceDir);
  const kept = options.renew ? null : read(path);
  if (kept) {
    chmodSync(path, 0o600); // narrowed back if it was copied with wider permissions
    return kept;
  }
  const tokens: Tokens = { operator: newToken(), projector: newToken() };
  mkdirSync(join(workspaceDir, 'host'), { recursive: true, mode: 0o700 });
  writeFileSync(`${path}.tmp`, JSON.stringify(tokens), { mode: 0o600 });
  renameSync(`${path}.tmp`, path); // atomic: a crash never leaves half a file, which would renew them
  return tokens;
}
