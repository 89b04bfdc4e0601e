import type { MessageKey } from '../../i18n/vi';

/** The key of «Đọc phiếu đã quét»: free on every screen (F1–F9 and F12 are taken, F5 reloads, F11 is full screen). */
export const SCAN_KEY = 'F10';

/** For the F1 help of the ballots screen, beside the paper entry's keys. */
export const SCAN_HELP: [string, MessageKey][] = [[SCAN_KEY, 'scanning.helpKey']];
