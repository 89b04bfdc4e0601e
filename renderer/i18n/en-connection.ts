import type { EnglishOf } from './plural';
import type { viConnection } from './vi-connection';

export const enConnection: EnglishOf<typeof viConnection> = {
  'connection.offline': 'Lost the connection to the server — check-ins are kept and will be sent when the connection is back',
  'connection.reconnecting': 'Reconnecting to the server… Check-ins are kept until they are sent.',
  'connection.waiting_one': '{count} waiting to be sent',
  'connection.waiting_other': '{count} waiting to be sent',
  'checkin.pending': 'Waiting to send',
  'checkin.queued': 'Kept — waiting to send',
  'checkin.queuedHint':
    'Could not reach the server. This check-in is stored on this device and will be sent (once) when the connection is back.',
  'checkin.outboxTitle': 'Waiting to send',
  'checkin.outboxRefused': 'Refused by the server',
  'checkin.outboxOtherCongress': 'For another congress file ({path}): sent when that file is open again',
  'checkin.outboxDismiss': 'Remove from the list',
  'entry.pending': 'Waiting to send',
};
