import type { viNetwork } from './vi-network';

/** The hosts' and the hall network's messages in English: the same keys as vi-network.ts. */
export const enNetwork = {
  'error.ACCESS_DENIED': 'Access denied.',
  'error.TOO_MANY_ATTEMPTS': 'Too many wrong attempts; wait a minute.',
  'host.hostNotAllowed': 'Host or origin not allowed.',
  'host.postOnly': 'POST only.',
  'host.methodNotAllowed': 'Method not allowed.',
  'host.wrongToken': 'Missing or wrong access token.',
  'host.pageToken':
    'Missing or wrong access token. Open the address (with "?token=…") Congress Desk printed when it started; it stays the same across restarts unless the tokens were renewed (npm run serve -- --new-tokens).',
  'host.badJson': 'Body is not valid JSON.',
  'host.notFound': 'Not found.',
  'host.internal': 'Internal server error.',
  'host.tooLarge': 'Request too large (at most {megabytes} MB).',
  'network.unavailable': 'The hall network is not available in this way of running Congress Desk.',
  'network.off': 'The hall network is off.',
  'network.badAddress': '{address} is not an IPv4 interface of this machine.',
  'network.listenFailed': 'Could not open the hall network on {address}:{port} ({reason}).',
  'network.resumeAddressGone':
    '{address} is no longer an address of this machine (the Wi-Fi router gave it another one, or it is not on the hall network yet).',
  'network.resumePortTaken': 'Port {port} on {address} is taken by another program.',
  'network.wrongCode': 'The pairing code is wrong or has expired.',
  'network.tooManyAttempts': 'Too many wrong codes; wait a minute and try again.',
  'network.tooManyRequests': 'Too many devices are waiting for approval; wait until the operator has answered some.',
  'network.unknownRequest': 'No pairing request {requestId} (approved, declined or expired).',
  'network.unknownDevice': 'No device {deviceId}.',
  'network.assignmentOnlyForStation': 'Only a counting station is given a ballot, a pass and a range of papers.',
  'network.wrongCredential':
    'This device is not paired, or its access was revoked, or it was paired for another congress (closed on the main laptop). Pair again with a new code.',
} as const satisfies Record<keyof typeof viNetwork, string>;
