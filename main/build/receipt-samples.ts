// Every kind of receipt a citizen takes home, built by the kiosk's own receipt builders from
// invented data (no real person, card or notice): for the pictures in docs/images/receipts/
// and for the tests that print them and read the paper back.
import type { Receipt } from '../../hardware/printer/receipt-model.js';
import type { Language, ServiceId } from '../contract/kiosk-contract.js';
import type { OfficeNames } from '../contract/office-names.js';
import { buildCivilStatusReceipt } from '../services/procedures/civil-status-receipt.js';
import { type ReceiptContext, receiptQrPayload } from '../services/procedures/receipt-blocks.js';
import { buildReportReceipt } from '../services/procedures/report-receipt.js';
import { buildPaymentIncidentSlip, buildTaxPaymentReceipt } from '../services/procedures/tax-receipts.js';
import type { ReceiptTranslator } from '../services/receipt-text.js';
import { buildTicketReceipt, ticketQrPayload } from '../services/ticket-receipt.js';

export const SAMPLE_OFFICE_NAMES: OfficeNames = { ar: 'مقاطعة الحي المحمدي', fr: 'Arrondissement Hay Mohammadi' };
export const SAMPLE_STATUS_URL = 'https://bureau.casablanca.ma/suivi/{reference}';
export const SAMPLE_TIME_ZONE = 'Africa/Casablanca';
/** 10:32 at the office (UTC+1; out of Ramadan, when Morocco's clocks go back to UTC). */
const AT = new Date('2026-11-16T09:32:00Z');
const DAY = '2026-11-16';

export const RECEIPT_KINDS = ['ticket', 'legalisation-ticket', 'civil-status', 'report', 'tax-payment', 'payment-check'] as const;
export type SampleReceiptKind = (typeof RECEIPT_KINDS)[number];

export interface SampleReceipt {
  kind: SampleReceiptKind;
  receipt: Receipt;
  /** What the QR code must hold, if the receipt has one. */
  qr: string | undefined;
  /** The queue number, on tickets. */
  queueNumber?: string;
}

export interface SampleOptions {
  language: Language;
  publicStatusUrl?: string;
  /** The office's estimate of the wait, in minutes (0: none). */
  estimatedWaitMinutes?: number;
}

const COUNTERS: Partial<Record<ServiceId, string>> = { 'civil-status': '1', legalisation: '3', 'local-taxes': '5', complaints: '6' };

export function sampleReceipts(translate: ReceiptTranslator, opts: SampleOptions): SampleReceipt[] {
  const { language, publicStatusUrl } = opts;
  const statusUrl = publicStatusUrl ? { publicStatusUrl } : {};
  const ctx: ReceiptContext = { translate, officeNames: SAMPLE_OFFICE_NAMES, timeZone: SAMPLE_TIME_ZONE, counters: COUNTERS, ...statusUrl };
  const ticket = (kind: SampleReceiptKind, serviceId: ServiceId, number: string, counter: string): SampleReceipt => ({
    kind,
    queueNumber: number,
    qr: ticketQrPayload(DAY, number, publicStatusUrl),
    receipt: buildTicketReceipt(
      {
        ticket: {
          number,
          serviceId,
          counter,
          issuedAt: AT.toISOString(),
          issuedAtOfficeTime: '10:32',
          waitingAhead: 4,
          estimatedWaitMinutes: opts.estimatedWaitMinutes ?? 18,
        },
        language,
        officeNames: SAMPLE_OFFICE_NAMES,
        ...statusUrl,
        timeZone: SAMPLE_TIME_ZONE,
        day: DAY,
      },
      translate,
    ),
  });
  const civilQr = receiptQrPayload('AR-2026-004217', publicStatusUrl);
  const reportQr = receiptQrPayload('RC-2026-000318', publicStatusUrl);
  const taxQr = receiptQrPayload('PT-2026-001907', publicStatusUrl);
  return [
    ticket('ticket', 'civil-status', 'A-042', '1'),
    ticket('legalisation-ticket', 'legalisation', 'B-007', '3'),
    {
      kind: 'civil-status',
      qr: civilQr,
      receipt: buildCivilStatusReceipt(
        {
          view: {
            reference: 'AR-2026-004217',
            transmission: 'delivered',
            document: 'birth-extract',
            copies: 2,
            counter: '2',
            collectionDate: '2026-11-18',
            feeCentimes: 400,
            qr: civilQr,
          },
          documentLanguage: 'fr',
          identity: { method: 'mrz', documentKind: 'id-card', maskedNumber: 'BE••••42', birthDate: '1990-01-01' },
          language,
          at: AT,
        },
        ctx,
      ),
    },
    {
      kind: 'report',
      qr: reportQr,
      receipt: buildReportReceipt(
        {
          view: { reference: 'RC-2026-000318', transmission: 'delivered', category: 'lighting', answerDeadline: '2027-01-15', maskedPhone: '06••••••12', qr: reportQr },
          kind: 'complaint',
          place: language === 'ar' ? { arrondissement: 'الحي المحمدي', neighbourhood: 'درب مولاي الشريف' } : { arrondissement: 'Hay Mohammadi', neighbourhood: 'Derb Moulay Cherif' },
          landmark: language === 'ar' ? 'قرب المدرسة' : 'Près de l’école',
          language,
          at: AT,
        },
        ctx,
      ),
    },
    {
      kind: 'tax-payment',
      qr: taxQr,
      receipt: buildTaxPaymentReceipt(
        {
          view: {
            trackingNumber: 'PT-2026-001907',
            reference: 'TSC-2026-88412',
            amountCentimes: 130200,
            paidAt: AT.toISOString(),
            paidAtOfficeTime: '10:32',
            authorizationCode: '4F21A9',
            maskedPan: '•••• 4242',
            qr: taxQr,
          },
          notice: {
            reference: 'TSC-2026-88412',
            year: 2026,
            status: 'paid',
            dueDate: '2026-12-31',
            amountDueCentimes: 130200,
            lines: [
              { code: 'tsc', label: 'Taxe de services communaux', amountCentimes: 124000 },
              { code: 'late-surcharge', label: 'Majoration de retard', amountCentimes: 6200 },
            ],
          },
          language,
        },
        ctx,
      ),
    },
    {
      kind: 'payment-check',
      qr: undefined,
      receipt: buildPaymentIncidentSlip(
        {
          reference: 'TSC-2026-88412',
          checkNumber: 'KHM01-2026-000031',
          amountCentimes: 130200,
          authorizationCode: '4F21A9',
          maskedPan: '•••• 4242',
          terminalId: 'TPE-0193',
          language,
          at: AT,
        },
        ctx,
      ),
    },
  ];
}
