// Bytes in, one `badge` per presentation out. A reader repeats its frame many times a
// second while the badge is held: the same id seen again within `holdGapMs` of its latest
// frame is the same read; another id is a new read at once. A bad frame while a badge is
// being presented is noise; only a presentation that starts badly is reported as
// unreadable, once. Badge ids are never logged (they identify a member of staff).
import type { DeviceLogger } from '../devices/device-logger.js';
import type { BadgeFrameResult } from './badge-frame.js';
import { BadgeFrameParser } from './badge-frame-parser.js';
import { BADGE_READER_DEVICE_ID, type BadgeReadEvent, type BadgeUnreadableEvent } from './badge-reader.js';

export const DEFAULT_BADGE_HOLD_GAP_MS = 1500;

export interface BadgeReadPipelineOptions {
  logger: DeviceLogger;
  onBadge: (event: BadgeReadEvent) => void;
  onUnreadable: (event: BadgeUnreadableEvent) => void;
  holdGapMs?: number;
  now?: () => number;
}

export class BadgeReadPipeline {
  private readonly parser = new BadgeFrameParser();
  /** Latest frame of the presentation under way, good or bad. */
  private lastFrameAt: number | null = null;
  /** Id read in that presentation, if any frame of it was good. */
  private currentId: string | null = null;

  constructor(private readonly options: BadgeReadPipelineOptions) {}

  pushBytes(chunk: Uint8Array): void {
    for (const result of this.parser.push(chunk)) this.take(result);
  }

  /** Forgets a half-received frame and the badge being held (port closed, reader reset). */
  reset(): void {
    this.parser.reset();
    this.lastFrameAt = null;
    this.currentId = null;
  }

  private take(result: BadgeFrameResult): void {
    const now = this.options.now?.() ?? Date.now();
    const holdGapMs = this.options.holdGapMs ?? DEFAULT_BADGE_HOLD_GAP_MS;
    const presenting = this.lastFrameAt !== null && now - this.lastFrameAt < holdGapMs;
    this.lastFrameAt = now;
    if (result.ok) {
      if (presenting && result.badgeId === this.currentId) return;
      this.currentId = result.badgeId;
      this.options.logger.info({ device: BADGE_READER_DEVICE_ID }, 'badge read');
      this.options.onBadge({ badgeId: result.badgeId, at: new Date(now) });
      return;
    }
    if (presenting) return;
    this.currentId = null;
    this.options.logger.warn({ device: BADGE_READER_DEVICE_ID, reason: result.reason }, 'badge unreadable');
    this.options.onUnreadable({ reason: result.reason, at: new Date(now) });
  }
}
