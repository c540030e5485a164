// What staff put on paper from the journal: copies of printed receipts (marked DUPLICATA with
// their count) and the pending receipts that never reached paper (printed as they are: they
// are originals), except those the kiosk was sending when it stopped: they may be on paper
// already, so they come out as marked copies. Runs one at a time, so two quick taps cannot
// print a receipt twice.
import type { Receipt } from '../../hardware/printer/receipt-model.js';
import type { PrintFailureReason, PrintResult } from '../../hardware/printer/receipt-printer.js';
import type { ReceiptJournal } from '../storage/receipt-journal.js';
import { JOURNAL_COUNT_CAP } from '../storage/receipt-journal-types.js';

export interface StaffPrinter {
  print(receipt: Receipt): Promise<PrintResult>;
}

export type StaffJournal = Pick<ReceiptJournal, 'get' | 'pending' | 'search' | 'recordReprint' | 'markSending' | 'markPrinted' | 'markFailed'>;

export type ReprintOutcome =
  | { kind: 'printed'; number: string; reprintCount: number }
  | { kind: 'not-printed'; number: string; reason: PrintFailureReason; reprintCount: number }
  | { kind: 'not-found' };

export interface PendingPrintOutcome {
  printed: number;
  remaining: number;
  stoppedBy?: PrintFailureReason;
  /** Numbers put on paper by this run, oldest first (for the audit log). */
  numbers: string[];
}

/** A stored receipt that no longer parses: it cannot be printed again nor shown. */
export class DamagedReceiptError extends Error {
  override readonly name = 'DamagedReceiptError';
}

const PENDING_BATCH = 200;

export class StaffPrinting {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly journal: StaffJournal,
    private readonly printer: StaffPrinter,
  ) {}

  reprint(id: number): Promise<ReprintOutcome> {
    return this.serial(async () => {
      const entry = await getEntry(this.journal, id);
      if (!entry) return { kind: 'not-found' };
      const copy = await this.journal.recordReprint(id);
      const result = await this.printer.print(copy.receipt);
      if (result.ok) return { kind: 'printed', number: entry.number, reprintCount: copy.reprintCount };
      // A copy that did not come out is a failed print of the day (the original stays printed);
      // a copy that did is not an attempt of the original, so nothing is marked then.
      await this.journal.markFailed(id, result.reason);
      return { kind: 'not-printed', number: entry.number, reason: result.reason, reprintCount: copy.reprintCount };
    });
  }

  /** One pending receipt, or all of them oldest first, stopping at the first failure. */
  printPending(target: { id: number } | 'all'): Promise<PendingPrintOutcome> {
    return this.serial(async () => {
      const numbers: string[] = [];
      let stoppedBy: PrintFailureReason | undefined;
      if (target === 'all') {
        const tried = new Set<number>();
        for (;;) {
          const batch = (await this.journal.pending(PENDING_BATCH)).filter((e) => !tried.has(e.id));
          if (batch.length === 0) break;
          for (const entry of batch) {
            tried.add(entry.id);
            const failure = await this.printOne(entry.id, numbers);
            if (failure) {
              stoppedBy = failure;
              break;
            }
          }
          if (stoppedBy) break;
        }
      } else {
        stoppedBy = await this.printOne(target.id, numbers);
      }
      return { printed: numbers.length, remaining: await this.pendingCount(), numbers, ...(stoppedBy ? { stoppedBy } : {}) };
    });
  }

  /** All pending receipts (counted up to the journal's cap). */
  async pendingCount(): Promise<number> {
    const { total } = await this.journal.search({ state: 'pending', limit: 1 });
    return typeof total === 'number' ? total : JOURNAL_COUNT_CAP;
  }

  /** Prints the stored receipt if it is still pending; the failure reason if the printer refused. */
  private async printOne(id: number, numbers: string[]): Promise<PrintFailureReason | undefined> {
    // Read again: it may have been printed (or purged) since the list was shown.
    const entry = await getEntry(this.journal, id);
    if (!entry || entry.state !== 'pending') return undefined;
    let receipt = entry.receipt;
    if (entry.mayHavePrinted) receipt = (await this.journal.recordReprint(id)).receipt;
    else await this.journal.markSending(id);
    const result = await this.printer.print(receipt);
    if (!result.ok) {
      await this.journal.markFailed(id, result.reason);
      return result.reason;
    }
    await this.journal.markPrinted(id);
    numbers.push(entry.number);
    return undefined;
  }

  private serial<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** The journal entry, or undefined if it is not there; DamagedReceiptError if it no longer parses. */
export async function getEntry(journal: Pick<ReceiptJournal, 'get'>, id: number): ReturnType<ReceiptJournal['get']> {
  try {
    return await journal.get(id);
  } catch (err) {
    if (err instanceof Error && /damaged/.test(err.message)) throw new DamagedReceiptError(`receipt ${id} is damaged in the journal`);
    throw err;
  }
}
