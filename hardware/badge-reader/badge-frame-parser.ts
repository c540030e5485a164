// Cuts a badge reader's byte stream into frames, however it was chunked. Bytes outside
// STX...ETX are line noise and skipped; a frame cut short by a new STX is 'incomplete';
// one that grows past any real frame is given up as 'malformed' and the parser waits for
// the next STX. No timers: a frame left half-way is wiped by reset() (port closed).
import { decodeBadgeFrameBody, ETX, STX, type BadgeFrameResult } from './badge-frame.js';

/** 12 hex digits + CR LF is 14; some slack for readers that pad, none for runaway input. */
export const MAX_BADGE_FRAME_BODY = 24;

export class BadgeFrameParser {
  /** Body bytes since the last STX; null while outside a frame. */
  private body: number[] | null = null;
  private overflowed = false;

  /** Every frame that ended in `chunk`, in order. */
  push(chunk: Uint8Array): BadgeFrameResult[] {
    const results: BadgeFrameResult[] = [];
    for (const byte of chunk) {
      const result = this.take(byte);
      if (result) results.push(result);
    }
    return results;
  }

  reset(): void {
    this.body = null;
    this.overflowed = false;
  }

  private take(byte: number): BadgeFrameResult | null {
    if (byte === STX) {
      const cutShort = this.body !== null && !this.overflowed;
      this.body = [];
      this.overflowed = false;
      return cutShort ? { ok: false, reason: 'incomplete' } : null;
    }
    if (this.body === null) return null;
    if (byte === ETX) {
      const body = this.body;
      const overflowed = this.overflowed;
      this.reset();
      if (overflowed) return null;
      return decodeBadgeFrameBody(String.fromCharCode(...body));
    }
    if (this.overflowed) return null;
    this.body.push(byte);
    if (this.body.length > MAX_BADGE_FRAME_BODY) {
      // Reported once, here; the rest of the runaway frame is dropped silently.
      this.body = [];
      this.overflowed = true;
      return { ok: false, reason: 'malformed' };
    }
    return null;
  }
}
