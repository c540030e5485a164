// ESC/POS real-time status: DLE EOT n (10 04 n) makes the printer answer one byte at once,
// even while it is busy or offline. n=1 printer, n=2 offline cause, n=3 error cause,
// n=4 roll paper sensor. Every valid answer has bits 1 and 4 set and bits 0 and 7 clear.
import type { PrintFailureReason } from './receipt-printer.js';

export type StatusRequest = 1 | 2 | 3 | 4;

export function statusRequestBytes(n: StatusRequest): Buffer {
  return Buffer.from([0x10, 0x04, n]);
}

export function isValidStatusByte(b: number): boolean {
  return (b & 0x93) === 0x12;
}

export interface PrinterCondition {
  /** n=1 bit 3. */
  offline: boolean;
  /** n=2 bit 2. */
  coverOpen: boolean;
  /** n=4 bits 2-3 (near-end sensor). */
  paperNearEnd: boolean;
  /** n=2 bit 5 (stopped at paper end) or n=4 bits 5-6 (end sensor). */
  paperOut: boolean;
  /** n=3 bit 3. */
  cutterError: boolean;
  /** n=3 bit 5: only a power cycle (or a technician) clears it. */
  unrecoverable: boolean;
  /** n=2 bit 6: some error; n=3 says which. */
  error: boolean;
  /** n=3 bit 2: a mechanical error a recovery command or a cover cycle clears. */
  recoverableError: boolean;
  /** n=3 bit 6: e.g. head too hot; the printer resumes by itself. */
  autoRecoverableError: boolean;
  /** n=1 bit 5: offline, waiting to be brought back online. */
  waitingOnlineRecovery: boolean;
  /** n=1 bit 6: someone holds the FEED button. */
  feedButtonPressed: boolean;
  /** n=2 bit 3: paper moving because of the FEED button. */
  feedingByButton: boolean;
  /** n=1 bit 2: cash drawer connector pin 3 high; meaningless on a kiosk, kept for logs. */
  drawerPinHigh: boolean;
}

export function emptyCondition(): PrinterCondition {
  return {
    offline: false,
    coverOpen: false,
    paperNearEnd: false,
    paperOut: false,
    cutterError: false,
    unrecoverable: false,
    error: false,
    recoverableError: false,
    autoRecoverableError: false,
    waitingOnlineRecovery: false,
    feedButtonPressed: false,
    feedingByButton: false,
    drawerPinHigh: false,
  };
}

const bit = (b: number, mask: number): boolean => (b & mask) !== 0;

/** What one answer says, or nothing when the byte is not a status answer at all. */
export function decodeStatusByte(n: StatusRequest, b: number): Partial<PrinterCondition> | undefined {
  if (!isValidStatusByte(b)) return undefined;
  switch (n) {
    case 1:
      return {
        drawerPinHigh: bit(b, 0x04),
        offline: bit(b, 0x08),
        waitingOnlineRecovery: bit(b, 0x20),
        feedButtonPressed: bit(b, 0x40),
      };
    case 2:
      return { coverOpen: bit(b, 0x04), feedingByButton: bit(b, 0x08), paperOut: bit(b, 0x20), error: bit(b, 0x40) };
    case 3:
      return {
        recoverableError: bit(b, 0x04),
        cutterError: bit(b, 0x08),
        unrecoverable: bit(b, 0x20),
        autoRecoverableError: bit(b, 0x40),
      };
    case 4:
      // Each sensor is reported on two bits (two possible sensor positions); either means it.
      return { paperNearEnd: bit(b, 0x0c), paperOut: bit(b, 0x60) };
  }
}

/** Merges answers; a flag raised by any answer stays raised. */
export function decodeStatusAnswers(answers: Array<{ n: StatusRequest; byte: number }>): PrinterCondition {
  const c = emptyCondition();
  for (const a of answers) {
    const part = decodeStatusByte(a.n, a.byte);
    if (!part) continue;
    for (const [k, v] of Object.entries(part) as Array<[keyof PrinterCondition, boolean]>) c[k] = c[k] || v;
  }
  return c;
}

/** The reason a print must not start, most specific first; undefined means go ahead. */
export function blockingReason(c: PrinterCondition): PrintFailureReason | undefined {
  if (c.paperOut) return 'paper-out';
  if (c.coverOpen) return 'cover-open';
  if (c.cutterError) return 'cutter-error';
  if (c.unrecoverable || c.error || c.recoverableError || c.autoRecoverableError) return 'error';
  if (c.offline) return 'offline';
  return undefined;
}

/** Plain words for technicians' logs and the device status detail. */
export function describeCondition(c: PrinterCondition): string {
  const words: string[] = [];
  if (c.paperOut) words.push('paper out');
  if (c.coverOpen) words.push('cover open');
  if (c.cutterError) words.push('cutter error');
  if (c.unrecoverable) words.push('unrecoverable error');
  if (c.recoverableError) words.push('recoverable error');
  if (c.autoRecoverableError) words.push('auto-recoverable error (e.g. head too hot)');
  if (c.error && words.length === 0) words.push('error');
  if (c.feedButtonPressed || c.feedingByButton) words.push('feed button pressed');
  if (c.offline && words.length === 0) words.push('offline');
  if (c.paperNearEnd && !c.paperOut) words.push('paper near end');
  return words.join(', ') || 'ok';
}

/** The byte a printer in condition `c` answers to DLE EOT n (used by the virtual printer). */
export function encodeStatusByte(n: StatusRequest, c: PrinterCondition): number {
  let b = 0x12;
  const anyError = c.error || c.cutterError || c.unrecoverable || c.recoverableError || c.autoRecoverableError;
  switch (n) {
    case 1:
      if (c.drawerPinHigh) b |= 0x04;
      if (c.offline || c.coverOpen || c.paperOut || anyError || c.feedingByButton) b |= 0x08;
      if (c.waitingOnlineRecovery) b |= 0x20;
      if (c.feedButtonPressed) b |= 0x40;
      break;
    case 2:
      if (c.coverOpen) b |= 0x04;
      if (c.feedingByButton) b |= 0x08;
      if (c.paperOut) b |= 0x20;
      if (anyError) b |= 0x40;
      break;
    case 3:
      if (c.recoverableError) b |= 0x04;
      if (c.cutterError) b |= 0x08;
      if (c.unrecoverable) b |= 0x20;
      if (c.autoRecoverableError) b |= 0x40;
      break;
    case 4:
      if (c.paperNearEnd || c.paperOut) b |= 0x0c;
      if (c.paperOut) b |= 0x60;
      break;
  }
  return b;
}
