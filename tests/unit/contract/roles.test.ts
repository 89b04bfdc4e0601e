/**
 * The role table (shared/contract/roles.ts) walked command by command and event by event: every
 * one has a decision for every role, so a command added later without one fails here (and does
 * not compile), and the rules the table promises hold for all of them at once.
 */
import type { z } from 'zod';
import { COMMAND_NAMES, commands, EVENT_NAMES } from '../../../shared/contract/channels';
import {
  COMMAND_POLICY,
  commandsFor,
  EVENT_POLICY,
  eventsFor,
  isLocalOnly,
  isRemoteRole,
  isWrite,
  mayCall,
  mayReceive,
  refusalFor,
  ROLES,
  type Role,
} from '../../../shared/contract/roles';
import { errorText } from '../../helpers/error-text';

const GUESTS = ROLES.filter((r) => r !== 'operator');
const REMOTE = ROLES.filter(isRemoteRole);

/** The field names of a command's input, through refinements. */
function fieldsOf(schema: z.ZodType): string[] {
  const s = schema as unknown as { shape?: Record<string, unknown>; def?: { in?: { shape?: Record<string, unknown> } } };
  return Object.keys(s.shape ?? s.def?.in?.shape ?? {});
}

describe('the role table', () => {
  it('has a decision for every command and every event of the contract, and nothing else', () => {
    expect(Object.keys(COMMAND_POLICY).sort()).toEqual([...COMMAND_NAMES].sort());
    expect(Object.keys(EVENT_POLICY).sort()).toEqual([...EVENT_NAMES].sort());
    for (const channel of COMMAND_NAMES) {
      const p = COMMAND_POLICY[channel];
      expect(['read', 'write'], channel).toContain(p.access);
      expect(typeof p.local, channel).toBe('boolean');
      for (const role of ROLES) {
        const allowed = mayCall(role, channel);
        expect(typeof allowed, `${role} ${channel}`).toBe('boolean');
        expect(refusalFor(role, channel) === null, `${role} ${channel}`).toBe(allowed);
        expect(commandsFor(role).includes(channel), `${role} ${channel}`).toBe(allowed);
      }
    }
    for (const event of EVENT_NAMES) {
      for (const role of ROLES) expect(eventsFor(role).includes(event), `${role} ${event}`).toBe(mayReceive(role, event));
    }
  });

  it('gives the operator every command and every event', () => {
    expect(commandsFor('operator')).toEqual(COMMAND_NAMES);
    expect(eventsFor('operator')).toEqual(EVENT_NAMES);
  });

  it('never gives a remote role a local-only command, and every command taking a path is local-only', () => {
    const pathField = /path|file$|^file|folder|dir$|^out$/i;
    for (const channel of COMMAND_NAMES) {
      const fields = fieldsOf(commands[channel].input as z.ZodType);
      if (fields.some((f) => pathField.test(f))) expect(isLocalOnly(channel), `${channel} takes ${fields.join(', ')}`).toBe(true);
      if (!isLocalOnly(channel)) continue;
      for (const role of REMOTE) expect(mayCall(role, channel), `${role} ${channel}`).toBe(false);
    }
    for (const channel of ['congress:open', 'congress:create', 'backups:restore', 'backups:create', 'exports:run', 'app:state'] as const) {
      expect(isLocalOnly(channel), channel).toBe(true);
    }
  });

  it('lets the projector and a display read what is projected, and nothing else', () => {
    for (const role of ['projector', 'display'] as const) {
      expect(commandsFor(role)).toEqual(['projector:view']);
      expect(eventsFor(role)).toEqual(['projector:changed']);
    }
  });

  it('gives a check-in desk the door’s work: check in, find, see who is in, undo its own', () => {
    expect(commandsFor('checkin-desk').sort()).toEqual(
      [
        'attendance:list',
        'attendance:summary',
        'checkin:mark',
        'checkin:scan',
        'checkin:undo',
        'delegates:list',
        'delegates:search',
      ].sort(),
    );
    expect(COMMAND_POLICY['checkin:undo'].ownWork).toEqual(['checkin-desk']);
  });

  it('lets a counting station enter papers and read the ballot, never count, tally or publish', () => {
    const station = commandsFor('counting-station');
    expect(station).toEqual(expect.arrayContaining(['papers:record', 'ballots:get', 'ballots:progress']));
    for (const never of [
      'ballots:count',
      'ballots:aggregate',
      'ballots:tally',
      'ballots:publish',
      'ballots:finalize',
      'ballots:reopen',
      'papers:resolve',
      'papers:decide',
      'papers:scan',
    ] as const) {
      expect(station, never).not.toContain(never);
    }
    // the board's side: the passes that disagree, and the scanned papers the machine doubted
    expect(commandsFor('reviewer').filter(isWrite)).toEqual(['papers:resolve', 'papers:decide']);
  });

  it('keeps every guest’s write one that the ledger records (not local-only), and own-work rules among its roles', () => {
    for (const role of GUESTS) {
      for (const channel of commandsFor(role)) {
        const p = COMMAND_POLICY[channel];
        if (p.access === 'write') expect(p.local, `${role} ${channel}`).toBe(false);
        for (const r of ('ownWork' in p ? p.ownWork : []) as readonly Role[]) expect(p.roles as readonly Role[]).toContain(r);
      }
    }
  });

  it('refuses in both languages, naming the role and the command, and refuses unknown names to guests', () => {
    const r = refusalFor('projector', 'delegates:list')!;
    expect(errorText(r)).toBe('Màn chiếu không được dùng lệnh «delegates:list».');
    expect(errorText(r, 'en')).toBe('The projector may not use delegates:list.');
    expect(errorText(refusalFor('checkin-desk', 'backups:restore')!)).toContain('chỉ dùng trên chính máy đó');
    for (const role of GUESTS) expect(mayCall(role, 'nope:nothing')).toBe(false);
    expect(mayReceive('operator', 'nope:nothing')).toBe(false);
  });
});
