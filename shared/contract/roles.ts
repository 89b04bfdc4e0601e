import type { CommandName, EventName } from './channels';
import type { AppErrorData } from './result';
import type { Role } from './role-names';

/**
 * Who may use which command and hear which event: declared once, here, and enforced by every
 * transport (Electron IPC and its preloads, the browser host, the hall-network gateway to come:
 * main/host/role-gate.ts). docs/command-path.md shows where each check sits.
 */
export { ROLES, type Role } from './role-names';

/**
 * The laptop's own windows and its loopback browser host. Every other role is a device on the hall
 * network: it never gets a local-only command, whatever the table says about its role.
 */
export const LOCAL_ROLES = ['operator', 'projector'] as const satisfies readonly Role[];
export type LocalRole = (typeof LOCAL_ROLES)[number];

export function isRemoteRole(role: Role): boolean {
  return !(LOCAL_ROLES as readonly Role[]).includes(role);
}

export const ROLE_NAMES: Readonly<Record<Role, { vi: string; en: string }>> = {
  operator: { vi: 'Máy điều hành', en: 'The operator' },
  projector: { vi: 'Màn chiếu', en: 'The projector' },
  display: { vi: 'Màn hình phụ', en: 'A display screen' },
  'checkin-desk': { vi: 'Bàn điểm danh', en: 'A check-in desk' },
  'counting-station': { vi: 'Máy nhập phiếu', en: 'A counting station' },
  reviewer: { vi: 'Máy rà soát phiếu', en: 'A reviewer' },
};

/** The operator may use everything; the table names who else may. */
export type GuestRole = Exclude<Role, 'operator'>;

export interface CommandPolicy {
  /** A write changes the congress (or a file): a retry with its request id never runs it twice. */
  access: 'read' | 'write';
  /**
   * Opens, creates, copies or writes a file on this machine, takes a path, or reads its folders:
   * refused to every remote role, now and later (docs/command-path.md "Roles").
   */
  local: boolean;
  roles: readonly GuestRole[];
  /** Of `roles`, those allowed only on work they did themselves (main/engine/own-work.ts). */
  ownWork?: readonly GuestRole[];
}

const read = (...roles: GuestRole[]): CommandPolicy => ({ access: 'read', local: false, roles });
const write = (...roles: GuestRole[]): CommandPolicy => ({ access: 'write', local: false, roles });
const ownWrite = (...roles: GuestRole[]): CommandPolicy => ({ access: 'write', local: false, roles, ownWork: roles });
const localRead: CommandPolicy = { access: 'read', local: true, roles: [] };
const localWrite: CommandPolicy = { access: 'write', local: true, roles: [] };

const SCREENS = ['projector', 'display'] as const satisfies readonly GuestRole[];
const DESK = 'checkin-desk';
const STATION = 'counting-station';
const REVIEWER = 'reviewer';

/**
 * Every command, with a decision for every role: a command added to the contract without one does
 * not compile (and tests/unit/contract/roles.test.ts fails). Why each guest gets what it gets:
 * - projector, display: what the hall sees, read only.
 * - check-in desk (at a door): find a delegate (search, and the list to name the people it shows),
 *   check in by card or by name, see who is in and the count, and undo a wrong check-in of its own.
 *   Not excusing absences (a decision of the secretariat, with a reason) nor editing the roster.
 * - counting station: the ballots to choose from and the one it enters (candidates, papers, the next
 *   paper number per pass), entering a paper and voiding one it entered. Never the count, the hand
 *   count, the tally, publishing or finalizing.
 * - reviewer: reads ballots, papers and their entry log; settles a paper on which the passes disagree.
 */
export const COMMAND_POLICY = {
  'app:state': localRead, // the workspace folder and recent files are paths on this machine
  'congress:create': localWrite,
  'congress:open': localWrite,
  'congress:openDemo': localWrite,
  'congress:close': localWrite,
  'congress:update': write(),
  'sessions:create': write(),
  'sessions:update': write(),
  'sessions:setCurrent': write(),
  'delegates:list': read(DESK),
  'delegates:search': read(DESK),
  'delegates:create': write(),
  'delegates:update': write(),
  'delegates:remove': write(),
  'roster:preview': localRead, // a whole file chosen on this machine
  'roster:import': localWrite,
  'checkin:scan': write(DESK),
  'checkin:mark': write(DESK),
  'checkin:undo': ownWrite(DESK),
  'attendance:markAbsent': write(),
  'attendance:list': read(DESK),
  'attendance:summary': read(DESK),
  'projector:set': write(),
  'projector:view': read(...SCREENS),
  'projector:stage': read(),
  'projector:queue': write(),
  'projector:switch': write(),
  'projector:black': write(),
  'projector:theme': write(),
  'projector:page': write(),
  'ballots:list': read(STATION, REVIEWER),
  'ballots:get': read(STATION, REVIEWER),
  'ballots:create': write(),
  'ballots:update': write(),
  'ballots:setCandidates': write(),
  'ballots:importCandidates': localWrite, // a file chosen on this machine
  'ballots:previewCandidates': localRead,
  'ballots:open': write(),
  'ballots:setCounts': write(),
  'papers:record': write(STATION),
  'papers:recordMany': write(STATION),
  'papers:void': ownWrite(STATION),
  'papers:list': read(STATION, REVIEWER),
  'papers:log': read(REVIEWER),
  'papers:resolve': write(REVIEWER),
  'ballots:aggregate': write(),
  'ballots:progress': read(STATION, REVIEWER),
  'ballots:count': write(),
  'ballots:tally': read(),
  'ballots:publish': write(),
  'ballots:finalize': write(),
  'ballots:reopen': write(),
  'ballots:nextRound': write(),
  'backups:list': localRead,
  'backups:create': localWrite,
  'backups:restore': localWrite,
  'backups:openCopy': localWrite,
  'backups:settings': localRead,
  'backups:setSettings': localWrite,
  'agenda:get': read(),
  'agenda:templates': localRead, // reads the workspace folder
  'agenda:applyTemplate': localWrite,
  'agenda:addStep': write(),
  'agenda:updateStep': write(),
  'agenda:moveStep': write(),
  'agenda:removeStep': write(),
  'agenda:next': write(),
  'agenda:previous': write(),
  'agenda:goTo': write(),
  'speakers:add': write(),
  'speakers:update': write(),
  'speakers:move': write(),
  'speakers:remove': write(),
  'speakers:callNext': write(),
  'speakers:call': write(),
  'speakers:markSpoken': write(),
  'timer:start': write(),
  'timer:pause': write(),
  'timer:reset': write(),
  'timer:settings': write(),
  'votes:list': read(),
  'votes:get': read(),
  'votes:create': write(),
  'votes:update': write(),
  'votes:setPresent': write(),
  'votes:record': write(),
  'votes:reopen': write(),
  'exports:settings': localRead, // holds a template folder path
  'exports:saveSettings': localWrite,
  'exports:run': localWrite,
  // The hall network: only the operator, on the laptop, opens it, pairs and revokes (docs/hall-network.md).
  'network:interfaces': localRead,
  'network:start': localWrite,
  'network:stop': localWrite,
  'network:state': localRead,
  'network:pairing': localWrite,
  'network:approve': localWrite,
  'network:decline': localWrite,
  'network:revoke': localWrite,
  'network:devices': localRead,
  'papers:scan': localWrite, // files chosen on this machine
  'papers:watch': localWrite,
  'papers:unwatch': localWrite,
  'papers:watching': localRead,
  'papers:sheetImage': read(REVIEWER),
  'papers:pending': read(REVIEWER),
  'papers:decide': write(REVIEWER),
  // The operator's: a desk is told only that the delegate is already in (checkin-service.ts).
  'checkin:anomalies': read(),
  'checkin:acknowledgeAnomaly': write(),
} as const satisfies Record<CommandName, CommandPolicy>;

/**
 * Every pushed event and the guests that hear it. Events carrying a path of this machine (the open
 * file, its loss, export progress) reach the operator only.
 */
export const EVENT_POLICY = {
  'congress:changed': [],
  'congress:fileLost': [],
  'delegates:changed': [DESK],
  'attendance:changed': [DESK],
  'projector:changed': SCREENS,
  'projector:staged': [],
  'ballots:changed': [STATION, REVIEWER],
  'agenda:changed': [],
  'votes:changed': [],
  'exports:progress': [],
  'network:changed': [],
  'papers:scanned': [],
  'checkin:anomaly': [],
} as const satisfies Record<EventName, readonly GuestRole[]>;

function policyOf(channel: string): CommandPolicy | undefined {
  return Object.hasOwn(COMMAND_POLICY, channel) ? (COMMAND_POLICY as Record<string, CommandPolicy>)[channel] : undefined;
}

/** Whether `role` may send `channel`. The operator may send anything (the engine answers an unknown name). */
export function mayCall(role: Role, channel: string): boolean {
  if (role === 'operator') return true;
  const policy = policyOf(channel);
  if (!policy || (policy.local && isRemoteRole(role))) return false;
  return policy.roles.includes(role);
}

export function mayReceive(role: Role, event: string): boolean {
  if (!Object.hasOwn(EVENT_POLICY, event)) return false;
  return role === 'operator' || (EVENT_POLICY as Record<string, readonly GuestRole[]>)[event]!.includes(role as GuestRole);
}

/** A guest that may use `channel` only on its own work (a desk undoing a check-in it made). */
export function ownWorkOnly(role: Role, channel: CommandName): boolean {
  return (policyOf(channel)?.ownWork ?? []).includes(role as GuestRole);
}

export function isWrite(channel: CommandName): boolean {
  return policyOf(channel)?.access === 'write';
}

export function isLocalOnly(channel: CommandName): boolean {
  return policyOf(channel)?.local === true;
}

export function commandsFor(role: Role): CommandName[] {
  return (Object.keys(COMMAND_POLICY) as CommandName[]).filter((c) => mayCall(role, c));
}

export function eventsFor(role: Role): EventName[] {
  return (Object.keys(EVENT_POLICY) as EventName[]).filter((e) => mayReceive(role, e));
}

/** Why `role` may not send `channel`, or null when it may: the same words from every transport. */
export function refusalFor(role: Role, channel: string): AppErrorData | null {
  if (mayCall(role, channel)) return null;
  const key = policyOf(channel)?.local ? 'role.localOnly' : 'role.mayNotUse';
  return { code: 'INVALID_INPUT', key, params: { role, channel }, details: { role, channel } };
}
