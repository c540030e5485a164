// The parts every procedure receipt shares: the office's name, the title, the reference in
// reading order, the "pending transmission" note, the date and the tracking QR code.
import type { TFunction } from 'i18next';
import type { Receipt, ReceiptBlock } from '../../../hardware/printer/receipt-model.js';
import type { Language } from '../../contract/kiosk-contract.js';
import { formatReceiptDate, isolateLtr, type ReceiptTranslator } from '../receipt-text.js';

export interface ReceiptContext {
  translate: ReceiptTranslator;
  officeName: string;
  timeZone: string;
}

/** What the QR code of a procedure receipt holds: tracking reads it back. */
export function receiptQrPayload(reference: string): string {
  return `BORNE/R/${reference}`;
}

export function receiptOf(language: Language, blocks: ReceiptBlock[]): Receipt {
  return { language, direction: language === 'ar' ? 'rtl' : 'ltr', blocks };
}

export function headerBlocks(officeName: string, title: string): ReceiptBlock[] {
  return [
    { kind: 'text', text: officeName, size: 'normal', align: 'center', bold: true },
    { kind: 'rule' },
    { kind: 'text', text: title, size: 'large', align: 'center', bold: true },
  ];
}

export function referenceBlocks(t: TFunction, reference: string, pending: boolean): ReceiptBlock[] {
  const blocks: ReceiptBlock[] = [
    { kind: 'text', text: t('receipts.common.reference'), size: 'normal', align: 'center' },
    { kind: 'text', text: isolateLtr(reference), size: 'large', align: 'center', bold: true },
  ];
  if (pending) {
    blocks.push(
      { kind: 'text', text: t('receipts.common.pendingTransmission'), size: 'normal', align: 'center', bold: true },
      { kind: 'text', text: t('receipts.common.pendingNote'), size: 'small', align: 'start' },
    );
  }
  blocks.push({ kind: 'rule' });
  return blocks;
}

export function pair(label: string, value: string, bold = false): ReceiptBlock {
  return { kind: 'pair', label, value: value.slice(0, 200), ...(bold ? { bold: true } : {}) };
}

export function footerBlocks(t: TFunction, language: Language, timeZone: string, at: Date, qr: string | undefined): ReceiptBlock[] {
  const blocks: ReceiptBlock[] = [{ kind: 'rule' }, pair(t('receipts.common.printedAt'), formatReceiptDate(at, language, timeZone))];
  if (qr) {
    blocks.push(
      { kind: 'space', dots: 12 },
      { kind: 'qr', data: qr, moduleSize: 6 },
      { kind: 'text', text: t('receipts.common.trackHint'), size: 'small', align: 'center' },
    );
  }
  blocks.push({ kind: 'space', dots: 8 }, { kind: 'text', text: t('receipts.common.keepReceipt'), size: 'small', align: 'center' });
  return blocks;
}

const NUMBER_LOCALE: Record<Language, string> = { ar: 'ar-MA', fr: 'fr-MA', zgh: 'fr-MA', en: 'en-GB' };

/** Dirhams with two decimals and Western digits, as on the screen and on Moroccan notices. */
export function formatMoney(centimes: number, language: Language): string {
  const amount = new Intl.NumberFormat(`${NUMBER_LOCALE[language]}-u-nu-latn`, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    centimes / 100,
  );
  return language === 'ar' ? `${amount} درهم` : `${amount} DH`;
}

const DATE_LOCALE: Record<Language, string> = { ar: 'ar-MA', fr: 'fr-MA', zgh: 'zgh-MA', en: 'en-GB' };

/** A calendar day (YYYY-MM-DD) written out in the receipt's language. */
export function formatDay(isoDate: string, language: Language): string {
  return new Intl.DateTimeFormat(`${DATE_LOCALE[language]}-u-nu-latn`, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T12:00:00Z`));
}

export { isolateLtr };
