// Printing never fails a procedure: the reference is already on screen, and a printer fault
// becomes the answer's `print` outcome so the screen can say what to do without paper.
import type { Receipt } from '../../../hardware/printer/receipt-model.js';
import type { ReceiptPrinterDevice } from '../../../hardware/printer/receipt-printer.js';
import type { PrintOutcome } from '../../contract/kiosk-contract.js';
import type { ProcedureLogger } from './procedure-logger.js';

export type ReceiptPrint = (receipt: Receipt, what: string) => Promise<PrintOutcome>;

export function receiptPrinter(printer: Pick<ReceiptPrinterDevice, 'print'>, logger: ProcedureLogger): ReceiptPrint {
  return async (receipt, what) => {
    try {
      const result = await printer.print(receipt);
      if (result.ok) return { ok: true };
      logger.warn({ receipt: what, reason: result.reason, detail: result.detail }, 'receipt not printed');
      return { ok: false, reason: result.reason };
    } catch (err) {
      // Drivers promise never to throw; one that does still leaves the citizen their number.
      logger.error({ receipt: what, err: err instanceof Error ? err.message : String(err) }, 'receipt printer threw');
      return { ok: false, reason: 'error' };
    }
  };
}
