import type { TFunction } from 'i18next';
import type { Receipt, ReceiptBlock } from '../../hardware/printer/receipt-model.js';
import type { Language, ServiceId, Ticket } from '../contract/kiosk-contract.js';
import type { OfficeNames } from '../contract/office-names.js';
import { publicStatusLink } from '../config/office-config-schema.js';
import { dateTimeBlocks, officeHeaderBlocks } from './procedures/receipt-blocks.js';
import { isolateLtr, type ReceiptTranslator } from './receipt-text.js';

export interface TicketReceiptInput {
  ticket: Ticket;
  language: Language;
  officeNames: OfficeNames;
  /** office.publicStatusUrl: the QR code opens the office's page for this ticket. */
  publicStatusUrl?: string;
  timeZone: string;
  day: string;
}

/**
 * The payload of the ticket's QR: the number with its day, so a counter scanner can tell days
 * apart; on the office's status page when it has one (`<day>_<number>` fills {reference}).
 */
export function ticketQrPayload(day: string, number: string, publicStatusUrl?: string): string {
  return publicStatusUrl ? publicStatusLink(publicStatusUrl, `${day}_${number}`) : `BORNE/T/${day}/${number}`;
}

export function buildTicketReceipt(input: TicketReceiptInput, translate: ReceiptTranslator): Receipt {
  const t = translate(input.language);
  const { ticket, language } = input;
  const blocks: ReceiptBlock[] = [
    ...officeHeaderBlocks(input.officeNames, language, t('receipt.title')),
    { kind: 'text', text: t(`services.${ticket.serviceId}.name`), size: 'large', align: 'center', bold: true },
    // At least 15 mm of ink, readable at arm's length when the number is called.
    { kind: 'text', text: isolateLtr(ticket.number), size: 'display', align: 'center', bold: true },
  ];
  if (ticket.counter) blocks.push({ kind: 'pair', label: t('receipt.counter'), value: isolateLtr(ticket.counter), size: 'large', bold: true });
  blocks.push(...dateTimeBlocks(t, language, input.timeZone, new Date(ticket.issuedAt)));
  blocks.push({ kind: 'text', text: t('receipt.waitingAhead', { count: ticket.waitingAhead }), align: 'start' });
  // No one ahead means no estimate worth printing: "0 min" reads as "go now", which it is not.
  if (ticket.estimatedWaitMinutes > 0) {
    blocks.push({ kind: 'text', text: t('receipt.estimatedWait', { minutes: ticket.estimatedWaitMinutes }), align: 'start' });
  }
  blocks.push(
    ...checklistBlocks(ticket.serviceId, t),
    { kind: 'space', dots: 12 },
    { kind: 'qr', data: ticketQrPayload(input.day, ticket.number, input.publicStatusUrl), moduleSize: 6 },
    { kind: 'space', dots: 8 },
    { kind: 'text', text: t('receipt.keepTicket'), size: 'small', align: 'center' },
  );
  return { language, direction: language === 'ar' ? 'rtl' : 'ltr', blocks };
}

/**
 * What to bring, for the counters that need the citizen's own papers: printed on the ticket
 * so a citizen who left them at home knows before waiting in line (receipts.checklist.*).
 */
export const TICKET_CHECKLISTS: Partial<Record<ServiceId, readonly string[]>> = {
  legalisation: ['document', 'cnie'],
  'certified-copies': ['original', 'photocopies', 'cnie'],
};

function checklistBlocks(serviceId: ServiceId, t: TFunction): ReceiptBlock[] {
  const items = TICKET_CHECKLISTS[serviceId];
  if (!items) return [];
  return [
    { kind: 'rule' },
    { kind: 'text', text: t('receipts.checklist.title'), size: 'normal', align: 'start', bold: true },
    ...items.map((item): ReceiptBlock => ({ kind: 'text', text: `• ${t(`receipts.checklist.${serviceId}.${item}`)}`, align: 'start' })),
  ];
}
