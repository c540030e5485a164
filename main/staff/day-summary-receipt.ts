// The end-of-day summary on paper, for the office's daily file: the same figures as the staff
// screen, in the clerk's language. Service names come from the keys the ticket uses, so a
// service reads the same on the summary as on the kiosk's tiles.
import type { Receipt, ReceiptBlock } from '../../hardware/printer/receipt-model.js';
import { type Language, SERVICE_IDS } from '../contract/kiosk-contract.js';
import type { DaySummary } from '../contract/staff-schemas.js';
import { formatDay, formatMoney, headerBlocks, isolateLtr, pair, receiptOf } from '../services/procedures/receipt-blocks.js';
import { formatReceiptDate, type ReceiptTranslator } from '../services/receipt-text.js';

export interface DaySummaryReceiptOptions {
  language: Language;
  officeName: string;
  kioskId: string;
  printedAt: Date;
  timeZone: string;
  /** Display name of the signed-in clerk (from the staff configuration). */
  staffName: string;
}

interface ServiceLine {
  service: string | null;
  tickets: number;
  receipts: number;
}

export function buildDaySummaryReceipt(summary: DaySummary, opts: DaySummaryReceiptOptions, translate: ReceiptTranslator): Receipt {
  const t = translate(opts.language);
  const k = (key: string): string => t(`day-summary.${key}`);
  const count = (n: number): string => isolateLtr(String(n));
  const services = serviceLines(summary);
  const serviceName = (id: string | null): string => (id === null ? k('otherService') : t(`services.${id}.name`, { defaultValue: id }));

  const perService: ReceiptBlock[] =
    services.length === 0
      ? [{ kind: 'text', text: k('nothing'), align: 'center' }]
      : [
          pair(k('service'), k('ticketsReceipts'), true),
          // The figures follow the header's order: tickets first in the reading direction, so
          // on an Arabic receipt tickets stand on the right of the slash, as their word does.
          ...services.map((s) => pair(serviceName(s.service), `${s.tickets} / ${s.receipts}`)),
        ];

  return receiptOf(opts.language, [
    ...headerBlocks(opts.officeName, k('title')),
    pair(k('officeDay'), formatDay(summary.day, opts.language), true),
    pair(k('kiosk'), isolateLtr(opts.kioskId)),
    pair(k('printedAt'), formatReceiptDate(opts.printedAt, opts.language, opts.timeZone)),
    // First-strong isolate: a Latin name in an Arabic receipt (or the reverse) keeps its own order.
    pair(k('printedBy'), `\u2068${opts.staffName}\u2069`),
    { kind: 'rule' },
    ...perService,
    { kind: 'rule' },
    pair(k('totalTickets'), count(summary.totals.tickets), true),
    pair(k('totalReceipts'), count(summary.totals.receipts), true),
    pair(k('failedPrints'), count(summary.totals.failedPrints)),
    pair(k('pending'), count(summary.totals.pending)),
    pair(k('reprints'), count(summary.totals.reprints)),
    { kind: 'rule' },
    pair(k('payments'), count(summary.payments.count)),
    pair(k('paymentsTotal'), formatMoney(summary.payments.totalCentimes, opts.language), true),
    pair(k('incidents'), count(summary.payments.incidents)),
    { kind: 'space', dots: 8 },
    { kind: 'text', text: k('end'), size: 'small', align: 'center' },
  ]);
}

/** Tickets and receipts per service, in the kiosk's service order, unknown services after, "other" last. */
function serviceLines(summary: DaySummary): ServiceLine[] {
  const byService = new Map<string | null, ServiceLine>();
  for (const row of summary.rows) {
    const line = byService.get(row.service) ?? { service: row.service, tickets: 0, receipts: 0 };
    if (row.kind === 'ticket') line.tickets += row.receipts;
    else line.receipts += row.receipts;
    byService.set(row.service, line);
  }
  const rank = (id: string | null): number => {
    if (id === null) return SERVICE_IDS.length + 1;
    const i = (SERVICE_IDS as readonly string[]).indexOf(id);
    return i === -1 ? SERVICE_IDS.length : i;
  };
  return [...byService.values()].sort((a, b) => rank(a.service) - rank(b.service) || String(a.service).localeCompare(String(b.service)));
}
