// Paper for a tax payment: the payment receipt once the office has confirmed it, or, when the
// card was charged, the office did not confirm and the charge could not be given back, an
// incident slip the citizen shows at the counter so staff can settle it by hand.
import type { Receipt, ReceiptBlock } from '../../../hardware/printer/receipt-model.js';
import type { Language, TaxNoticeView, TaxPaymentReceiptView } from '../../contract/kiosk-contract.js';
import { formatReceiptDate } from '../receipt-text.js';
import { footerBlocks, formatMoney, headerBlocks, isolateLtr, pair, type ReceiptContext, receiptOf, referenceBlocks } from './receipt-blocks.js';

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
    ...headerBlocks(ctx.officeName, t('receipts.tax.title')),
    ...referenceBlocks(t, view.trackingNumber, false),
    pair(t('receipts.tax.notice'), isolateLtr(view.reference), true),
    pair(t('receipts.tax.year'), String(notice.year)),
    ...lines,
    { kind: 'rule' },
    pair(t('receipts.tax.amountPaid'), formatMoney(view.amountCentimes, language), true),
    pair(t('receipts.tax.paidAt'), formatReceiptDate(new Date(view.paidAt), language, ctx.timeZone)),
    pair(t('receipts.tax.card'), isolateLtr(view.maskedPan)),
    pair(t('receipts.tax.authorizationCode'), isolateLtr(view.authorizationCode)),
    ...footerBlocks(t, language, ctx.timeZone, new Date(view.paidAt), view.qr),
  ]);
}

export interface IncidentSlipInput {
  reference: string;
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
    ...headerBlocks(ctx.officeName, t('receipts.incident.title')),
    { kind: 'text', text: t('receipts.incident.explanation'), size: 'normal', align: 'start' },
    { kind: 'rule' },
    pair(t('receipts.tax.notice'), isolateLtr(input.reference), true),
    pair(t('receipts.incident.amountCharged'), formatMoney(input.amountCentimes, language), true),
    pair(t('receipts.tax.authorizationCode'), isolateLtr(input.authorizationCode), true),
    pair(t('receipts.tax.card'), isolateLtr(input.maskedPan)),
    pair(t('receipts.incident.terminal'), isolateLtr(input.terminalId)),
    { kind: 'space', dots: 8 },
    { kind: 'text', text: t('receipts.incident.showAtCounter'), size: 'large', align: 'center', bold: true },
    ...footerBlocks(t, language, ctx.timeZone, input.at, undefined),
  ]);
}
