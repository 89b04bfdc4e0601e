/**
 * Every channel of the contract fed random JSON through engine.invoke (as a compromised window or a
 * page on the browser host could send it): the answer is always a Result, a refusal is a clean
 * bilingual error (never INTERNAL: that would be an unhandled exception), a refusal writes nothing,
 * and an accepted command that writes leaves an audit row.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { COMMAND_NAMES, type CommandName, commands } from '../../../shared/contract/channels';
import { ERROR_CODES } from '../../../shared/contract/result';
import { congressWith, names, settings } from '../ballots/ballot-setup';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { errorText } from '../../helpers/error-text';

/**
 * Left out: channels that act on files named in their input (a random path would create or open
 * files anywhere) or on the machine's settings; their schemas are fuzzed without running them.
 */
const FILE_CHANNELS = new Set<CommandName>(['congress:create', 'congress:open', 'backups:openCopy', 'backups:setSettings']);
/** Close the congress or swap it for another file: run, then the congress is reopened. */
const SWAPPING = new Set<CommandName>(['congress:close', 'congress:openDemo', 'backups:restore']);

const anyValue = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.integer({ min: 1, max: 100_000 }),
  fc.double(),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(null, true, false, '', 'DB001', '__proto__', 'constructor', '1', [1, 2], [], {}),
  fc.array(fc.integer({ min: -1, max: 30 }), { maxLength: 6 }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Objects with the channel's own keys (so validation can pass and the handler run), or anything at all. */
function inputFor(channel: CommandName): fc.Arbitrary<unknown> {
  const schema = commands[channel].input as z.ZodType;
  const keys = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  const shaped = fc.dictionary(keys.length > 0 ? fc.constantFrom(...keys) : fc.string({ maxLength: 8 }), anyValue, {
    maxKeys: keys.length + 1,
  });
  return fc.oneof(shaped, shaped, fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(undefined, null, 42, 'x', []));
}

let t: TempEngine;
beforeAll(async () => {
  t = tempEngine();
  await congressWith(t, 8, 5);
  const { id } = await t.engine.call('ballots:create', settings({ seats: 2, seatsApproved: 2 }));
  await t.engine.call('ballots:setCandidates', { id, candidates: names('Lê Văn An', 'Trần Thị Bình', 'Phạm Văn Cường') });
  await t.engine.call('ballots:open', { id });
  await t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 1, numbers: [1], invalid: null });
});
afterAll(() => t.dispose());

function fingerprint(): string {
  const db = t.engine.context().db;
  const last = db.prepare('SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string };
  const rows = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return JSON.stringify([last, ...['delegates', 'attendance', 'ballots', 'candidates', 'paper_entries', 'settings', 'sessions'].map(rows)]);
}

/** Rows written on this connection so far, and the last audit row. */
function changes(): { total: number; audit: number } {
  const db = t.engine.context().db;
  return {
    total: (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n,
    audit: (db.prepare('SELECT coalesce(max(id), 0) AS n FROM audit').get() as { n: number }).n,
  };
}

describe('every command under random input', () => {
  it.each(COMMAND_NAMES.filter((c) => !FILE_CHANNELS.has(c)))('%s: a clean Result, and nothing written when refused', async (channel) => {
    await fc.assert(
      fc.asyncProperty(inputFor(channel), async (input) => {
        if (!t.engine.isOpen) await t.engine.call('congress:open', { path: t.file('c.congress') });
        const before = fingerprint();
        const writes = changes();
        const r = await t.engine.invoke(channel, input);
        expect(typeof r.ok).toBe('boolean');
        if (r.ok) {
          // an accepted command answers what its contract promises
          const answer = (commands[channel].output as z.ZodType).safeParse(r.value);
          expect(answer.success, `${channel} answered outside its output schema: ${answer.error?.message}`).toBe(true);
          // every accepted change is in the audit trail: rows written means an audit row appended
          if (!SWAPPING.has(channel) && t.engine.isOpen && changes().total > writes.total)
            expect(changes().audit, channel).toBeGreaterThan(writes.audit);
          return;
        }
        expect(ERROR_CODES).toContain(r.error.code);
        expect(r.error.code, `${channel} threw: ${errorText(r.error)}`).not.toBe('INTERNAL');
        expect(errorText(r.error).length).toBeGreaterThan(0);
        expect(errorText(r.error, 'en').length).toBeGreaterThan(0);
        if (!SWAPPING.has(channel) && t.engine.isOpen) expect(fingerprint()).toBe(before);
      }),
      { numRuns: 40 },
    );
  });

  // These open, create or swap files: only input the contract refuses is sent to the engine, which
  // must refuse it as INVALID_INPUT before touching anything; accepted input must read back as itself.
  it.each([...FILE_CHANNELS])('%s: refused input is INVALID_INPUT and changes nothing; accepted input round-trips', async (channel) => {
    const schema = commands[channel].input as z.ZodType;
    await fc.assert(
      fc.asyncProperty(inputFor(channel), async (input) => {
        const parsed = schema.safeParse(input ?? {});
        if (parsed.success) {
          expect(schema.parse(JSON.parse(JSON.stringify(parsed.data)))).toEqual(parsed.data);
          return;
        }
        const before = fingerprint();
        const r = await t.engine.invoke(channel, input);
        expect(r.ok).toBe(false);
        expect(!r.ok && r.error.code).toBe('INVALID_INPUT');
        expect(t.engine.isOpen).toBe(true);
        expect(fingerprint()).toBe(before);
      }),
      { numRuns: 100 },
    );
  });

  it('an unknown channel, or a prototype key as a channel, is refused cleanly', async () => {
    for (const channel of ['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '']) {
      const r = await t.engine.invoke(channel, {});
      expect(!r.ok && r.error.code).toBe('INVALID_INPUT');
    }
  });
});
