// Bytes or lines in, `card` / `unreadable` out: the part every ID-reader driver shares.
import type { DeviceLogger } from '../devices/device-logger.js';
import { SerialLineFramer } from '../serial/serial-line-framer.js';
import type { IdCardEvent, IdUnreadableEvent } from './id-reader.js';
import { MrzLineAssembler } from './mrz-line-assembler.js';
import { parseMrz } from './mrz-parse.js';
import { summariseMrz } from './mrz-summary.js';

export interface MrzReadPipelineOptions {
  interLineTimeoutMs: number;
  /** Silence after which an unterminated line counts as ended. */
  idleFlushMs?: number;
  logger: DeviceLogger;
  onCard: (event: IdCardEvent) => void;
  onUnreadable: (event: IdUnreadableEvent) => void;
  onBusyChange: (busy: boolean) => void;
}

// Longest MRZ line is 44; a whole TD1 run together in one frame is 90, plus '_' padding.
const MAX_LINE_LENGTH = 160;
const DEFAULT_IDLE_FLUSH_MS = 100;

export class MrzReadPipeline {
  private readonly framer: SerialLineFramer;
  private readonly assembler: MrzLineAssembler;

  constructor(private readonly options: MrzReadPipelineOptions) {
    const { logger } = options;
    this.assembler = new MrzLineAssembler({
      interLineTimeoutMs: options.interLineTimeoutMs,
      onDocument: (lines) => {
        const result = parseMrz(lines);
        logger.info({ device: 'id-reader', mrz: summariseMrz(result) }, 'document read');
        options.onCard({ result, readAt: new Date() });
      },
      onFailure: (reason) => this.unreadable(reason),
      onPendingChange: options.onBusyChange,
    });
    this.framer = new SerialLineFramer({
      maxLineLength: MAX_LINE_LENGTH,
      idleFlushMs: options.idleFlushMs ?? DEFAULT_IDLE_FLUSH_MS,
      stripUnderscorePadding: true,
      onLine: (line) => this.assembler.pushLine(line.text, line.invalidBytes),
      onDrop: () => {
        // What was assembled so far belongs to the same broken read: report it once.
        this.assembler.reset();
        this.unreadable('over-long');
      },
    });
  }

  pushBytes(chunk: Uint8Array): void {
    this.framer.push(chunk);
  }

  pushLines(lines: readonly string[]): void {
    for (const line of lines) this.assembler.pushLine(line);
  }

  /** Drops a half-received read, e.g. when the port goes away. */
  reset(): void {
    this.framer.reset();
    this.assembler.reset();
  }

  private unreadable(reason: IdUnreadableEvent['reason']): void {
    this.options.logger.warn({ device: 'id-reader', reason }, 'document unreadable');
    this.options.onUnreadable({ reason });
  }
}
