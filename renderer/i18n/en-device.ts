import type { viDevice } from './vi-device';

/** English for vi-device.ts. */
export const enDevice: Record<keyof typeof viDevice, string> = {
  'device.pairTitle': 'Pair with the operator’s laptop',
  'device.pairHint': 'Type the pairing code the operator reads out (or the one in the QR) and name this device.',
  'device.code': 'Pairing code',
  'device.name': 'This device’s name',
  'device.namePlaceholder': 'For example: Door A desk',
  'device.send': 'Ask to pair',
  'device.waiting': 'Waiting for the operator to approve “{name}”…',
  'device.waitingHint': 'The operator sees this request on the laptop and chooses the device’s role.',
  'device.declined': 'The operator declined the request. Ask the operator, then send it again.',
  'device.expired': 'The request expired (10 minutes). Ask for a new code and send it again.',
  'device.unreachable': 'The operator’s laptop cannot be reached. Check the hall’s Wi-Fi.',
  'device.starting': 'Connecting to the operator’s laptop…',
  'device.online': 'Connected',
  'device.offline': 'Connection lost',
  'device.reconnecting': 'Reconnecting…',
  'device.assignment': '{ballot} · pass {pass}',
  'device.assignmentPapers': '{ballot} · pass {pass} · papers {from}–{to}',
  'device.noAssignment': 'This device has no ballot assigned. Ask the operator to pair it again with a ballot and a pass.',
  'device.ballotNotOpen': 'The ballot is not open for entry yet. Wait for the operator to open it.',
  'device.ballotClosed': 'The ballot has been counted; no more papers can be entered.',
  'device.notPaper': 'This ballot is not entered paper by paper; the operator enters its figures.',
  'device.loading': 'Loading…',
  'device.noRole': 'This role has no screen on a device yet.',
  'device.reviewChoose': 'Choose a ballot to review its doubtful scanned papers',
  'device.reviewNoBallot': 'No ballot is being entered on paper yet. Wait for the operator to open one.',
  'device.offlineHint':
    'The main laptop does not answer: the hall network is off, the congress on the laptop was closed or changed, or the Wi-Fi is down. What was scanned or typed is kept on this device and sent when the link returns.',
};
