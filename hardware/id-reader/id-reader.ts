// The document reader as services see it, whichever driver is behind it.
import type { Device, DeviceEvents } from '../devices/device.js';
import type { MrzParseResult } from './mrz-types.js';

export const ID_READER_DEVICE_ID = 'id-reader';

export interface IdCardEvent {
  /** Check-digit failures arrive here with ok:false and failedFields, not as `unreadable`. */
  result: MrzParseResult;
  readAt: Date;
}

/**
 * Why a read produced no document: partial (lines missing when the inter-line timeout ran
 * out), garbled (characters outside the MRZ alphabet), over-long (a line past the framer's
 * limit). 'checksum' is reserved for consumers that fold a failed `card` into this event;
 * the drivers report check-digit failures as a `card` with ok:false.
 */
export type IdUnreadableReason = 'partial' | 'garbled' | 'over-long' | 'checksum';

export interface IdUnreadableEvent {
  reason: IdUnreadableReason;
}

export interface IdReaderEvents extends DeviceEvents {
  card: [IdCardEvent];
  unreadable: [IdUnreadableEvent];
  /** Every chunk of bytes as it came from the port (personal data: mask before showing). */
  raw: [Buffer];
}

export type IdReaderDevice = Device<IdReaderEvents>;
