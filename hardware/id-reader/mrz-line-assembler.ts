// Turns framed lines into MRZ documents. Readers send one line per terminator, or a whole
// document in one frame, sometimes only part of it: lines are grouped by length (30 -> 3
// lines, 36 -> 2, 44 -> 2) and a document still incomplete after the inter-line timeout is
// reported as partial. Lines of any other length are noise from the reader and ignored.
import { MRZ_LINE_COUNTS, fitsFirstLine, fitsRole, mrzCharCount } from './mrz-line-shapes.js';

export type AssemblyFailure = 'partial' | 'garbled';

export interface MrzLineAssemblerOptions {
  interLineTimeoutMs: number;
  onDocument: (lines: string[]) => void;
  onFailure: (reason: AssemblyFailure) => void;
  /** True while lines of an unfinished document are held. */
  onPendingChange?: (pending: boolean) => void;
}

interface Pending {
  lineLength: number;
  lines: string[];
  /** A line had characters outside the MRZ alphabet. */
  garbled: boolean;
  /** Started with a line that cannot open a document: only a partial read can come of it. */
  orphan: boolean;
}

// A line this close to the MRZ alphabet is a misread MRZ line rather than reader chatter.
const GARBLED_MIN_SHARE = 0.7;

export function normaliseFramedText(text: string): string {
  return text.replace(/\s+/g, '').replace(/^_+|_+$/g, '');
}

export class MrzLineAssembler {
  private pending: Pending | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: MrzLineAssemblerOptions) {}

  get isPending(): boolean {
    return this.pending !== null;
  }

  /** `invalidBytes` > 0 marks a line in which the framer saw non-ASCII bytes. */
  pushLine(rawText: string, invalidBytes = 0): void {
    const text = normaliseFramedText(rawText);
    const single = [...MRZ_LINE_COUNTS.keys()].find((len) => text.length === len);
    // A frame without separators: a whole document run together.
    const joined = [...MRZ_LINE_COUNTS].find(([len, count]) => text.length === len * count);
    if (single === undefined && joined !== undefined) {
      const [len, count] = joined;
      for (let i = 0; i < count; i++) this.pushLine(text.slice(i * len, (i + 1) * len), invalidBytes);
      return;
    }
    if (single === undefined) return;
    const valid = mrzCharCount(text);
    const garbled = invalidBytes > 0 || valid < text.length;
    if (garbled && valid < text.length * GARBLED_MIN_SHARE) return;
    this.take(text, garbled);
  }

  /** Forgets any unfinished document without reporting it. */
  reset(): void {
    this.clearTimer();
    this.setPending(null);
  }

  private take(line: string, garbled: boolean): void {
    let pending = this.pending;
    if (pending && pending.lineLength !== line.length) {
      this.fail();
      pending = null;
    }
    if (pending && !garbled && fitsFirstLine(line)) {
      // A new document started before this one was complete.
      const interrupts = pending.orphan || !fitsRole(line, pending.lines.length);
      if (interrupts) {
        this.fail();
        pending = null;
      }
    }
    if (!pending) {
      pending = { lineLength: line.length, lines: [], garbled: false, orphan: !garbled && !fitsFirstLine(line) };
    }
    pending.lines.push(line);
    pending.garbled ||= garbled;
    this.setPending(pending);

    const needed = MRZ_LINE_COUNTS.get(line.length) ?? 0;
    if (!pending.orphan && pending.lines.length >= needed) {
      this.clearTimer();
      this.setPending(null);
      if (pending.garbled) this.options.onFailure('garbled');
      else this.options.onDocument(pending.lines);
      return;
    }
    this.armTimer();
  }

  private fail(): void {
    const pending = this.pending;
    this.clearTimer();
    this.setPending(null);
    if (pending) this.options.onFailure(pending.garbled ? 'garbled' : 'partial');
  }

  private setPending(pending: Pending | null): void {
    const was = this.pending !== null;
    this.pending = pending;
    if (was !== (pending !== null)) this.options.onPendingChange?.(pending !== null);
  }

  private armTimer(): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.fail();
    }, this.options.interLineTimeoutMs);
    this.timer.unref();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
