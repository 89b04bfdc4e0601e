import { chmodSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { removeDurably, replaceDurably } from '../files/partials';
import { certificateDir } from './certificate';

/**
 * Whether the operator left the hall network on, and where (docs/hall-network.md §8): which
 * congress file, address and port. Kept by this machine, beside its certificate
 * (`<workspace>/hall-network/turned-on.json`), not in the congress file: the interface is this
 * laptop's, and the file is copied and handed on. Written when the operator turns the network on,
 * removed when they turn it off or another congress is opened, each time so that a power cut right
 * after cannot undo it; read at start-up to turn the network on again by itself.
 */
const turnedOnSchema = z.object({
  congressPath: z.string().min(1),
  address: z.string().min(1),
  port: z.number().int().min(1).max(65535),
});
export type TurnedOn = z.infer<typeof turnedOnSchema>;

const fileOf = (workspaceDir: string) => join(certificateDir(workspaceDir), 'turned-on.json');

export function rememberTurnedOn(workspaceDir: string, on: TurnedOn): void {
  const dir = certificateDir(workspaceDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  replaceDurably(fileOf(workspaceDir), Buffer.from(`${JSON.stringify(on, null, 2)}\n`));
}

export function forgetTurnedOn(workspaceDir: string): void {
  removeDurably(fileOf(workspaceDir));
}

/** Where the network was left on, or null (never, turned off, or a damaged record: the operator turns it on). */
export function turnedOnBefore(workspaceDir: string): TurnedOn | null {
  try {
    const parsed = turnedOnSchema.safeParse(JSON.parse(readFileSync(fileOf(workspaceDir), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
