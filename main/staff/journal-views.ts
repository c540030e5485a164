// The journal as the staff screens see it: times on the office's clock, and a receipt drawn
// by the very renderer the printer uses, so the preview is the paper dot for dot.
import type { Receipt } from '../../hardware/printer/receipt-model.js';
import { type PaperWidthDots, renderReceiptBitmap } from '../../hardware/printer/receipt-raster.js';
import type { JournalSummaryView } from '../contract/kiosk-contract.js';
import { officeTime } from '../storage/office-day.js';
import type { JournalSummary } from '../storage/receipt-journal-types.js';

export function journalSummaryView(s: JournalSummary, timeZone: string): JournalSummaryView {
  return {
    id: s.id,
    number: s.number,
    kind: s.kind,
    service: s.service,
    language: s.language,
    createdAt: s.createdAt,
    officeTime: officeTime(new Date(s.createdAt), timeZone),
    officeDay: s.officeDay,
    state: s.state,
    printFailure: s.printFailure,
    printAttempts: s.printAttempts,
    reprintCount: s.reprintCount,
    mayHavePrinted: s.mayHavePrinted,
  };
}

export interface ReceiptPreview {
  pngBase64: string;
  widthDots: number;
  heightDots: number;
}

export async function receiptPreview(receipt: Receipt, widthDots: PaperWidthDots): Promise<ReceiptPreview> {
  const bitmap = await renderReceiptBitmap(receipt, { paperWidthDots: widthDots });
  return { pngBase64: bitmap.png.toString('base64'), widthDots: bitmap.width, heightDots: bitmap.height };
}

/** The filters of a search as the audit log records them, e.g. "number=A-014 from=2026-11-20 state=pending". */
export function describeSearch(filters: { number?: string; from?: string; to?: string; service?: string; state?: string; cursor?: string }): string {
  const parts: string[] = [];
  for (const key of ['number', 'from', 'to', 'service', 'state'] as const) {
    const value = filters[key];
    if (value !== undefined) parts.push(`${key}=${value.trim()}`);
  }
  if (filters.cursor !== undefined) parts.push('next-page');
  return parts.length === 0 ? 'all' : parts.join(' ');
}
