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
  offline: boolean;
  coverOpen: boolean;
  paperNearEnd: boolean;
  paperOut: boolean;
  cutterError: boolean;
  unrecoverable: boolean;
  error: boolean;
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
  };
}

/** What one answer says, or nothing when the byte is not a status answer at all. */
export function decodeStatusByte(n: StatusRequest, b: number): Partial<PrinterCondition> | undefined {
  if (!isValidStatusByte(b)) return undefined;
  switch (n) {
    case 1:
      return { offline: (b & 0x08) !== 0 };
    case 2:
      return { coverOpen: (b & 0x04) !== 0, paperOut: (b & 0x20) !== 0, error: (b & 0x40) !== 0 };
    case 3:
      return { cutterError: (b & 0x08) !== 0, unrecoverable: (b & 0x20) !== 0 };
    case 4:
      return { paperNearEnd: (b & 0x0c) !== 0, paperOut: (b & 0x60) !== 0 };
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
  if (c.unrecoverable || c.error) return 'error';
  if (c.offline) return 'offline';
  return undefined;
}

/** The byte a printer in condition `c` answers to DLE EOT n (used by the virtual printer). */
export function encodeStatusByte(n: StatusRequest, c: PrinterCondition): number {
  let b = 0x12;
  switch (n) {
    case 1:
      if (c.offline || c.coverOpen || c.paperOut || c.error || c.cutterError || c.unrecoverable) b |= 0x08;
      break;
    case 2:
      if (c.coverOpen) b |= 0x04;
      if (c.paperOut) b |= 0x20;
      if (c.error || c.cutterError || c.unrecoverable) b |= 0x40;
      break;
    case 3:
      if (c.cutterError) b |= 0x08;
      if (c.unrecoverable) b |= 0x20;
      break;
    case 4:
      if (c.paperNearEnd || c.paperOut) b |= 0x0c;
      if (c.paperOut) b |= 0x60;
      break;
  }
  return b;
}
