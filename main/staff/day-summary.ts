// The end-of-day summary: what the kiosk handed out on one office day, read from the receipt
// journal (the one place every ticket and receipt is written before it is printed).
import type { DaySummary } from '../contract/staff-schemas.js';
import type { ReceiptJournal } from '../storage/receipt-journal.js';

export async function computeDaySummary(journal: Pick<ReceiptJournal, 'dayTotals'>, day: string): Promise<DaySummary> {
  const totals = await journal.dayTotals(day);
  const rows = totals.rows.map((r) => ({
    kind: r.kind,
    service: r.service,
    receipts: r.receipts,
    printed: r.printed,
    pending: r.pending,
    reprints: r.reprints,
  }));
  const sum = (pick: (r: (typeof rows)[number]) => number, which: (r: (typeof rows)[number]) => boolean = () => true): number =>
    rows.filter(which).reduce((n, r) => n + pick(r), 0);
  return {
    day,
    rows,
    totals: {
      tickets: sum((r) => r.receipts, (r) => r.kind === 'ticket'),
      receipts: sum((r) => r.receipts, (r) => r.kind !== 'ticket'),
      failedPrints: totals.failedPrints,
      pending: sum((r) => r.pending),
      reprints: sum((r) => r.reprints),
    },
    payments: { ...totals.payments },
  };
}
