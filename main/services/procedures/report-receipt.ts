// The public-space report receipt: what and where, the legal answer deadline, and whether a
// follow-up SMS goes to the citizen's phone (masked).
import type { Receipt, ReceiptBlock } from '../../../hardware/printer/receipt-model.js';
import type { Language, ReportReceiptView, ReportSubmit } from '../../contract/kiosk-contract.js';
import type { PlaceNames } from './places.js';
import {
  footerBlocks,
  formatDay,
  isolateLtr,
  officeHeaderBlocks,
  pair,
  type ReceiptContext,
  receiptOf,
  referenceBlocks,
  serviceCounterBlocks,
} from './receipt-blocks.js';

export interface ReportReceiptInput {
  view: ReportReceiptView;
  kind: ReportSubmit['kind'];
  place: PlaceNames;
  landmark: string;
  language: Language;
  at: Date;
}

export function buildReportReceipt(input: ReportReceiptInput, ctx: ReceiptContext): Receipt {
  const t = ctx.translate(input.language);
  const { view, language } = input;
  const blocks: ReceiptBlock[] = [
    ...officeHeaderBlocks(ctx.officeNames, language, t('receipts.report.title')),
    ...referenceBlocks(t, view.reference, view.transmission === 'pending'),
    pair(t('receipts.report.kind'), t(`receipts.report.kinds.${input.kind}`)),
    pair(t('receipts.report.category'), t(`receipts.report.categories.${view.category}`), true),
    pair(t('receipts.report.arrondissement'), input.place.arrondissement),
    pair(t('receipts.report.neighbourhood'), input.place.neighbourhood),
  ];
  if (input.landmark) {
    blocks.push({ kind: 'text', text: `${t('receipts.report.landmark')}: ${input.landmark}`, size: 'normal', align: 'start' });
  }
  blocks.push(pair(t('receipts.report.answerDeadline'), formatDay(view.answerDeadline, language), true));
  // Reports are followed up at the complaints counter, when the office has one.
  blocks.push(...serviceCounterBlocks(t, ctx, 'complaints'));
  if (view.maskedPhone) {
    blocks.push(pair(t('receipts.report.phone'), isolateLtr(view.maskedPhone)), {
      kind: 'text',
      text: t('receipts.report.smsNote'),
      size: 'small',
      align: 'start',
    });
  }
  blocks.push(...footerBlocks(t, language, ctx.timeZone, input.at, view.qr));
  return receiptOf(language, blocks);
}
