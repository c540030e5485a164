// Paper for a tax payment: the payment receipt once the office has confirmed it, or, when the
// card was charged and the office could not say in time whether it recorded the payment, a slip
// saying the payment is being checked, with the number it is checked under and what happens next.
import type { Receipt, ReceiptBlock } from '../../../hardware/printer/receipt-model.js';
import type { Language, TaxNoticeView, TaxPaymentReceiptView } from '../../contract/kiosk-contract.js';
import {
  footerBlocks,
  formatMoney,
  isolateLtr,
  officeHeaderBlocks,
  pair,
  type ReceiptContext,
  receiptOf,
  referenceBlocks,
  serviceCounterBlocks,
} from './receipt-blocks.js';

export function buildTaxPaymentReceipt(
  input: { view: TaxPaymentReceiptView; notice: TaxNoticeView; language: Language },
  ctx: ReceiptContext,
): Receipt {
  const t = ctx.translate(input.language);
  const { view, notice, language } = input;
  const lines: ReceiptBlock[] = notice.lines.map((l) =>
    pair(t(`receipts.tax.lines.${l.code}`, { defaultValue: l.label }), formatMoney(l.amountCentimes, language)),
  );
  return receiptOf(language, [
    ...officeHeaderBlocks(ctx.officeNames, language, t('receipts.tax.title')),
    ...referenceBlocks(t, view.trackingNumber, false),
    pair(t('receipts.tax.notice'), isolateLtr(view.reference), true),
    pair(t('receipts.tax.year'), String(notice.year)),
    ...lines,
    { kind: 'rule' },
    pair(t('receipts.tax.amountPaid'), formatMoney(view.amountCentimes, language), true),
    pair(t('receipts.tax.card'), isolateLtr(view.maskedPan)),
    pair(t('receipts.tax.authorizationCode'), isolateLtr(view.authorizationCode)),
    ...serviceCounterBlocks(t, ctx, 'local-taxes'),
    // The footer's date and time are the payment's.
    ...footerBlocks(t, language, ctx.timeZone, new Date(view.paidAt), view.qr, t('receipts.tax.paidAt')),
  ]);
}

export interface IncidentSlipInput {
  reference: string;
  /** The number the payment is checked under (clerk's list, reconciler). */
  checkNumber: string;
  amountCentimes: number;
  authorizationCode: string;
  maskedPan: string;
  terminalId: string;
  language: Language;
  at: Date;
}

export function buildPaymentIncidentSlip(input: IncidentSlipInput, ctx: ReceiptContext): Receipt {
  const t = ctx.translate(input.language);
  const { language } = input;
  return receiptOf(language, [
    ...officeHeaderBlocks(ctx.officeNames, language, t('receipts.incident.checkingTitle')),
    { kind: 'text', text: t('receipts.incident.checkingExplanation'), size: 'normal', align: 'start' },
    { kind: 'rule' },
    pair(t('receipts.incident.checkNumber'), isolateLtr(input.checkNumber), true),
    pair(t('receipts.tax.notice'), isolateLtr(input.reference), true),
    pair(t('receipts.incident.amountCharged'), formatMoney(input.amountCentimes, language), true),
    pair(t('receipts.tax.authorizationCode'), isolateLtr(input.authorizationCode)),
    pair(t('receipts.tax.card'), isolateLtr(input.maskedPan)),
    pair(t('receipts.incident.terminal'), isolateLtr(input.terminalId)),
    // The slip itself says to show it at the local-taxes counter.
    ...serviceCounterBlocks(t, ctx, 'local-taxes'),
    { kind: 'space', dots: 8 },
    { kind: 'text', text: t('receipts.incident.whatNext'), size: 'normal', align: 'start', bold: true },
    ...footerBlocks(t, language, ctx.timeZone, input.at, undefined),
  ]);
}
