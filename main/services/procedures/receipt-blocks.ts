// The parts every procedure receipt shares: the office's names, the title, the reference in
// reading order, the "pending transmission" note, date, time and counter, and the QR code.
import type { TFunction } from 'i18next';
import type { Receipt, ReceiptBlock } from '../../../hardware/printer/receipt-model.js';
import type { Language, ServiceId } from '../../contract/kiosk-contract.js';
import { officeNamesForReceipt, type OfficeNames } from '../../contract/office-names.js';
import { publicStatusLink } from '../../config/office-config-schema.js';
import { formatReceiptDay, formatReceiptTime, isolateLtr, type ReceiptTranslator } from '../receipt-text.js';

export interface ReceiptContext {
  translate: ReceiptTranslator;
  officeNames: OfficeNames;
  timeZone: string;
  /** office.publicStatusUrl: the QR code opens the office's status page on a phone. */
  publicStatusUrl?: string;
  /** The counter (guichet) of each counter service the kiosk gives tickets for (queue.services). */
  counters?: Partial<Record<ServiceId, string>>;
}

/**
 * What the QR code of a procedure receipt holds: the office's status page for the reference
 * when it has one, else the reference for the kiosk's tracking scanner (which reads both).
 */
export function receiptQrPayload(reference: string, publicStatusUrl?: string): string {
  return publicStatusUrl ? publicStatusLink(publicStatusUrl, reference) : `BORNE/R/${reference}`;
}

/** The office's names (Arabic, French, and the citizen's own), then the receipt's title. */
export function officeHeaderBlocks(names: OfficeNames, language: Language, title: string): ReceiptBlock[] {
  return [
    ...officeNamesForReceipt(names, language).map(
      (n): ReceiptBlock => ({ kind: 'text', text: n.text, size: 'normal', align: 'center', bold: true, ...(n.language === language ? {} : { language: n.language }) }),
    ),
    { kind: 'rule' },
    { kind: 'text', text: title, size: 'large', align: 'center', bold: true },
  ];
}

/** Date and time on the office's clock, on two lines so neither is hidden in a long phrase. */
export function dateTimeBlocks(t: TFunction, language: Language, timeZone: string, at: Date, dateLabel = t('receipts.common.printedAt')): ReceiptBlock[] {
  return [pair(dateLabel, formatReceiptDay(at, language, timeZone)), pair(t('receipts.common.time'), isolateLtr(formatReceiptTime(at, timeZone)))];
}

/** The counter of a service, when the office has one for it; nothing is printed otherwise. */
export function serviceCounterBlocks(t: TFunction, ctx: ReceiptContext, service: ServiceId): ReceiptBlock[] {
  const counter = ctx.counters?.[service];
  return counter ? [pair(t('receipts.common.counter'), isolateLtr(counter), true)] : [];
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

export function footerBlocks(t: TFunction, language: Language, timeZone: string, at: Date, qr: string | undefined, dateLabel?: string): ReceiptBlock[] {
  const blocks: ReceiptBlock[] = [{ kind: 'rule' }, ...dateTimeBlocks(t, language, timeZone, at, dateLabel)];
  if (qr) {
    const opensInPhone = /^https:\/\//.test(qr);
    blocks.push(
      { kind: 'space', dots: 12 },
      { kind: 'qr', data: qr, moduleSize: 6 },
      { kind: 'text', text: t(opensInPhone ? 'receipts.common.trackHintPhone' : 'receipts.common.trackHint'), size: 'small', align: 'center' },
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
