// The staff badge reader as services see it, whichever driver is behind it.
import type { Device, DeviceEvents } from '../devices/device.js';
import type { BadgeFrameProblem } from './badge-frame.js';

export const BADGE_READER_DEVICE_ID = 'badge-reader';

export interface BadgeReadEvent {
  /** 10 upper-case hex digits, as staff accounts hold it in the configuration. */
  badgeId: string;
  at: Date;
}

export interface BadgeUnreadableEvent {
  reason: BadgeFrameProblem;
  at: Date;
}

export interface BadgeReaderEvents extends DeviceEvents {
  badge: [BadgeReadEvent];
  unreadable: [BadgeUnreadableEvent];
  /** Every chunk of bytes as it came from the port (a badge id: mask before showing). */
  raw: [Buffer];
}

export type BadgeReaderDevice = Device<BadgeReaderEvents>;
