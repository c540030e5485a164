// The civil-status request receipt: what was asked, for whom (masked), where and when to
// collect it, what it costs, and the number to track it by.
import type { Receipt } from '../../../hardware/printer/receipt-model.js';
import type { CivilStatusReceiptView, IdentityView, Language } from '../../contract/kiosk-contract.js';
import {
  footerBlocks,
  formatDay,
  formatMoney,
  isolateLtr,
  officeHeaderBlocks,
  pair,
  type ReceiptContext,
  receiptOf,
  referenceBlocks,
} from './receipt-blocks.js';

export interface CivilStatusReceiptInput {
  view: CivilStatusReceiptView;
  documentLanguage: 'ar' | 'fr';
  identity: IdentityView;
  language: Language;
  at: Date;
}

export function buildCivilStatusReceipt(input: CivilStatusReceiptInput, ctx: ReceiptContext): Receipt {
  const t = ctx.translate(input.language);
  const { view, language } = input;
  const pending = view.transmission === 'pending';
  return receiptOf(language, [
    ...officeHeaderBlocks(ctx.officeNames, language, t('receipts.civilStatus.title')),
    ...referenceBlocks(t, view.reference, pending),
    pair(t('receipts.civilStatus.document'), t(`receipts.civilStatus.documents.${view.document}`), true),
    pair(t('receipts.civilStatus.copies'), String(view.copies)),
    pair(t('receipts.civilStatus.documentLanguage'), t(`receipts.civilStatus.languages.${input.documentLanguage}`)),
    pair(t('receipts.civilStatus.identity'), isolateLtr(input.identity.maskedNumber)),
    pair(t('receipts.civilStatus.counter'), isolateLtr(view.counter), true),
    pair(
      t('receipts.civilStatus.collectionDate'),
      view.collectionDate ? formatDay(view.collectionDate, language) : t('receipts.civilStatus.collectionPending'),
    ),
    pair(t('receipts.civilStatus.fee'), formatMoney(view.feeCentimes, language), true),
    ...footerBlocks(t, language, ctx.timeZone, input.at, view.qr),
  ]);
}
