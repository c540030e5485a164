// Journal first, paper second: the one way tickets and procedure receipts reach the printer, so
// no receipt is ever printed that the journal does not hold.
import type { Receipt } from '../../hardware/printer/receipt-model.js';
import type { PrintFailureReason } from '../../hardware/printer/receipt-printer.js';
import type { ReceiptJournal } from './receipt-journal.js';
import type { JournalEntryInput } from './receipt-journal-types.js';

export type PrintAttempt = { ok: true } | { ok: false; reason: PrintFailureReason; detail: string };

export type JournaledPrint = PrintAttempt & {
  /** The journal entry; absent when the journal could not be written (then nothing was printed). */
  journalId?: number;
  /** Technician words when the journal write or update failed; no personal data. */
  journalError?: string;
};

/**
 * Records the receipt, announces it, marks it as being sent, prints it, then marks it printed or
 * failed. The sending mark is durable before the first byte leaves: a process that dies between
 * the paper and "printed" leaves a receipt that staff see as "may have printed" and print again
 * only as a marked copy. A journal that
 * cannot be written stops the print ('error') and the announcement: the number is still on
 * screen, and a paper nobody can find again is worse than none. `print` may throw; that becomes
 * an 'error' failure. `announce` (a citizen's receipt: the screen says its essentials before
 * the paper is out) runs once, synchronously, after the record and before the printer sees
 * anything; staff reprints do not come through here.
 */
export async function printJournaled(
  journal: Pick<ReceiptJournal, 'record' | 'markSending' | 'markPrinted' | 'markFailed'>,
  entry: JournalEntryInput,
  print: (receipt: Receipt) => Promise<PrintAttempt>,
  announce?: () => void,
): Promise<JournaledPrint> {
  let journalId: number;
  try {
    journalId = await journal.record(entry);
  } catch (err) {
    const detail = `receipt journal not written, nothing printed: ${messageOf(err)}`;
    return { ok: false, reason: 'error', detail, journalError: messageOf(err) };
  }
  try {
    announce?.();
  } catch {
    // Saying it is a courtesy to the citizen; the paper must come out whatever happens to it.
  }
  try {
    await journal.markSending(journalId);
  } catch (err) {
    // Without the mark a crash mid-print could later put this number on paper twice as an original.
    const detail = `receipt journal not updated before printing, nothing printed: ${messageOf(err)}`;
    return { ok: false, reason: 'error', detail, journalId, journalError: messageOf(err) };
  }
  const result = await print(entry.receipt).catch((err: unknown): PrintAttempt => ({ ok: false, reason: 'error', detail: messageOf(err) }));
  try {
    if (result.ok) await journal.markPrinted(journalId);
    else await journal.markFailed(journalId, result.reason);
  } catch (err) {
    // The entry stays pending with no reason: staff see it as not confirmed, never as lost.
    return { ...result, journalId, journalError: `print outcome not saved in the journal: ${messageOf(err)}` };
  }
  return { ...result, journalId };
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
