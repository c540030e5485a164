// Printing never fails a procedure: the reference is already on screen, and a printer fault
// becomes the answer's `print` outcome so the screen can say what to do without paper.
// Each receipt is written to the journal before the printer sees it.
import type { Receipt } from '../../../hardware/printer/receipt-model.js';
import type { ReceiptPrinterDevice } from '../../../hardware/printer/receipt-printer.js';
import type { PrintOutcome, ReceiptPrintingEvent } from '../../contract/kiosk-contract.js';
import type { ReceiptJournal } from '../../storage/receipt-journal.js';
import { type JournaledPrint, type PrintAttempt, printJournaled } from '../../storage/receipt-journal-print.js';
import type { ReceiptKind } from '../../storage/receipt-journal-types.js';
import { officeDay, officeTime } from './office-calendar.js';
import type { ProcedureLogger } from './procedure-logger.js';

/** What the journal files the receipt under. */
export interface ReceiptJob {
  kind: Exclude<ReceiptKind, 'ticket'>;
  /** Tracking number or kiosk reference, as printed. */
  number: string;
  /** The counter service that handles it, for staff searches and the day's summary. */
  service: string;
  /** Money the card paid (tax payment, payment incident): the day's summary adds it up. */
  amountCentimes?: number;
  /**
   * What the citizen's screen says before the paper is out; the job's kind and number complete
   * it. Absent: nothing is announced.
   */
  essentials?: ReceiptEssentials;
}

export type ReceiptEssentials = Omit<ReceiptPrintingEvent, 'kind' | 'number'>;

/** When a receipt was issued, as the announcement carries it: the instant and the office's wall clock. */
export function issuedStamp(at: Date, timeZone: string): Pick<ReceiptEssentials, 'issuedAt' | 'issuedOfficeDay' | 'issuedAtOfficeTime'> {
  return { issuedAt: at.toISOString(), issuedOfficeDay: officeDay(at, timeZone), issuedAtOfficeTime: officeTime(at, timeZone) };
}

export type ReceiptPrint = (receipt: Receipt, job: ReceiptJob) => Promise<PrintOutcome>;

export function receiptPrinter(
  printer: Pick<ReceiptPrinterDevice, 'print'>,
  logger: ProcedureLogger,
  journal: Pick<ReceiptJournal, 'record' | 'markSending' | 'markPrinted' | 'markFailed'>,
  announce?: (event: ReceiptPrintingEvent) => void,
): ReceiptPrint {
  const send = async (receipt: Receipt, what: string): Promise<PrintAttempt> => {
    try {
      const result = await printer.print(receipt);
      return result.ok ? { ok: true } : { ok: false, reason: result.reason, detail: result.detail };
    } catch (err) {
      // Drivers promise never to throw; one that does still leaves the citizen their number.
      logger.error({ receipt: what, err: err instanceof Error ? err.message : String(err) }, 'receipt printer threw');
      return { ok: false, reason: 'error', detail: 'printer driver threw' };
    }
  };
  return async (receipt, { essentials, ...job }) => {
    const event: ReceiptPrintingEvent | undefined = essentials ? { ...essentials, kind: job.kind, number: job.number } : undefined;
    const said = announce && event ? () => announce(event) : undefined;
    const result: JournaledPrint = await printJournaled(journal, { ...job, receipt }, (r) => send(r, job.kind), said);
    if (result.journalError) {
      logger.error({ receipt: job.kind, journalId: result.journalId, err: result.journalError }, 'receipt journal');
    }
    if (result.ok) return { ok: true };
    logger.warn({ receipt: job.kind, reason: result.reason, detail: result.detail }, 'receipt not printed');
    return { ok: false, reason: result.reason };
  };
}
