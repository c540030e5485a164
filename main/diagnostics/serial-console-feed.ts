// One open console's stream: raw bytes cut into readable segments (a line, a frame, or what came
// before a pause) and masked on the spot, the driver's verdicts between them, the last
// `maxEntries` kept, and batches handed out at most every `flushMs` so a device spewing garbage
// cannot flood the screen: byte segments past `maxPerFlush` in one batch are counted, not sent.
import type { ConsoleDeviceId, ConsoleEntry } from '../contract/tech-console-schemas.js';
import { type ByteMasker, createByteMasker, renderMasked } from './serial-console-mask.js';
import { CR, ETX, LF, STX } from '../../hardware/serial/control-bytes.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type ConsoleEntryDraft = DistributiveOmit<ConsoleEntry, 'seq' | 'at'>;

export interface ConsoleFeedOptions {
  onBatch: (entries: ConsoleEntry[]) => void;
  now?: () => Date;
  flushMs?: number;
  maxPerFlush?: number;
  maxEntries?: number;
  /** A segment with no line ending is cut after this much silence… */
  segmentIdleMs?: number;
  /** …or at this length, so garbage at the wrong baud rate still shows. */
  maxSegmentBytes?: number;
}


export const CONSOLE_MAX_ENTRIES = 200;

export class ConsoleFeed {
  private readonly masker: ByteMasker;
  private readonly kept: ConsoleEntry[] = [];
  private pending: ConsoleEntry[] = [];
  private pendingBytes = 0;
  private dropped = 0;
  private seq = 0;
  private segment: number[] = [];
  private segmentTimer: NodeJS.Timeout | undefined;
  private flushTimer: NodeJS.Timeout | undefined;
  private closed = false;
  readonly maxEntries: number;

  constructor(
    deviceId: ConsoleDeviceId,
    private readonly options: ConsoleFeedOptions,
  ) {
    this.masker = createByteMasker(deviceId);
    this.maxEntries = options.maxEntries ?? CONSOLE_MAX_ENTRIES;
  }

  pushRaw(chunk: Uint8Array): void {
    if (this.closed) return;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i] ?? 0;
      // A frame's STX starts a new segment: what came before it was not part of the frame.
      if (b === STX && this.segment.length > 0) this.cutSegment();
      this.segment.push(b);
      const next = chunk[i + 1];
      // A line ending right before ETX (a badge frame's CR LF ETX) stays with its frame.
      const ends = b === ETX || (next !== ETX && (b === LF || (b === CR && next !== LF)));
      if (ends || this.segment.length >= (this.options.maxSegmentBytes ?? 32)) this.cutSegment();
    }
    if (this.segment.length > 0) this.armSegmentTimer();
  }

  /** A verdict of the driver (already masked): never dropped, only the raw bytes are. */
  pushParsed(draft: ConsoleEntryDraft): void {
    if (this.closed) return;
    // The bytes that led to the verdict belong before it.
    if (this.segment.length > 0) this.cutSegment();
    this.enqueue(draft);
  }

  entries(): ConsoleEntry[] {
    return [...this.kept];
  }

  close(): void {
    this.closed = true;
    if (this.segmentTimer) clearTimeout(this.segmentTimer);
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.segmentTimer = this.flushTimer = undefined;
    this.segment = [];
    this.pending = [];
  }

  private cutSegment(): void {
    if (this.segmentTimer) clearTimeout(this.segmentTimer);
    this.segmentTimer = undefined;
    const bytes = Uint8Array.from(this.segment);
    this.segment = [];
    if (bytes.length === 0) return;
    // The masker sees every segment, sent or dropped, so its frame position stays right.
    const masked = this.masker.mask(bytes);
    if (this.pendingBytes >= (this.options.maxPerFlush ?? 20)) {
      this.dropped++;
      this.armFlush();
      return;
    }
    this.pendingBytes++;
    this.enqueue({ kind: 'bytes', ...renderMasked(bytes, masked), length: bytes.length });
  }

  private enqueue(draft: ConsoleEntryDraft): void {
    const at = (this.options.now ?? (() => new Date()))().toISOString();
    this.pending.push({ ...draft, seq: this.seq++, at } as ConsoleEntry);
    this.armFlush();
  }

  private armSegmentTimer(): void {
    if (this.segmentTimer) clearTimeout(this.segmentTimer);
    this.segmentTimer = setTimeout(() => this.cutSegment(), this.options.segmentIdleMs ?? 60);
    this.segmentTimer.unref?.();
  }

  private armFlush(): void {
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => this.flush(), this.options.flushMs ?? 100);
    this.flushTimer.unref?.();
  }

  private flush(): void {
    this.flushTimer = undefined;
    if (this.closed) return;
    if (this.dropped > 0) {
      this.enqueueDropped(this.dropped);
      this.dropped = 0;
    }
    const batch = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    if (batch.length === 0) return;
    this.kept.push(...batch);
    if (this.kept.length > this.maxEntries) this.kept.splice(0, this.kept.length - this.maxEntries);
    this.options.onBatch(batch);
  }

  private enqueueDropped(count: number): void {
    const at = (this.options.now ?? (() => new Date()))().toISOString();
    this.pending.push({ kind: 'dropped', count, seq: this.seq++, at });
  }
}
