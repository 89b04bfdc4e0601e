/**
 * Which delegates already have a printed card. Kept in the output folder beside the cards
 * ("The-dai-bieu-da-in.json"), not in the congress file: exports never write the congress. After a late
 * roster change, "delegates without a card" lists who still needs one and the cards export can print
 * just those.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Delegate } from '../../shared/domain/delegate';
import { type ExportedFile, writeAtomically } from './output';

export const CARD_RECORD = 'The-dai-bieu-da-in.json';

interface CardRecord {
  printed: Record<string, string>;
}

function key(code: string): string {
  return code.trim().toUpperCase(); // codes are unique case-insensitively
}

export function readCardRecord(dir: string): CardRecord {
  const path = join(dir, CARD_RECORD);
  if (!existsSync(path)) return { printed: {} };
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<CardRecord>;
    return { printed: parsed.printed ?? {} };
  } catch {
    return { printed: {} }; // a damaged record only means every card counts as not printed
  }
}

export function withoutCard(delegates: readonly Delegate[], dir: string): Delegate[] {
  const { printed } = readCardRecord(dir);
  return delegates.filter((d) => !(key(d.code) in printed));
}

export function recordPrinted(dir: string, delegates: readonly Delegate[], at: string): ExportedFile {
  const record = readCardRecord(dir);
  for (const d of delegates) record.printed[key(d.code)] = at;
  return writeAtomically(join(dir, CARD_RECORD), Buffer.from(JSON.stringify(record, null, 2), 'utf8'));
}
