import type { TFunction } from 'i18next';
import type { Receipt, ReceiptBlock } from '../../hardware/printer/receipt-model.js';
import type { Language, ServiceId, Ticket } from '../contract/kiosk-contract.js';
import { formatReceiptDate, isolateLtr, type ReceiptTranslator } from './receipt-text.js';

export interface TicketReceiptInput {
  ticket: Ticket;
  language: Language;
  officeName: string;
  timeZone: string;
  day: string;
}

/** The payload of the ticket's QR: the number with its day, so a counter scanner can tell days apart. */
export function ticketQrPayload(day: string, number: string): string {
  return `BORNE/T/${day}/${number}`;
}

export function buildTicketReceipt(input: TicketReceiptInput, translate: ReceiptTranslator): Receipt {
  const t = translate(input.language);
  const { ticket } = input;
  return {
    language: input.language,
    direction: input.language === 'ar' ? 'rtl' : 'ltr',
    blocks: [
      { kind: 'text', text: input.officeName, size: 'normal', align: 'center', bold: true },
      { kind: 'rule' },
      { kind: 'text', text: t('receipt.title'), size: 'large', align: 'center' },
      { kind: 'text', text: t(`services.${ticket.serviceId}.name`), size: 'large', align: 'center', bold: true },
      { kind: 'text', text: isolateLtr(ticket.number), size: 'huge', align: 'center', bold: true },
      { kind: 'pair', label: t('receipt.counter'), value: isolateLtr(ticket.counter), size: 'large', bold: true },
      { kind: 'pair', label: t('receipt.issuedAt'), value: formatReceiptDate(new Date(ticket.issuedAt), input.language, input.timeZone) },
      { kind: 'text', text: t('receipt.waitingAhead', { count: ticket.waitingAhead }), align: 'start' },
      { kind: 'text', text: t('receipt.estimatedWait', { minutes: ticket.estimatedWaitMinutes }), align: 'start' },
      ...checklistBlocks(ticket.serviceId, t),
      { kind: 'space', dots: 12 },
      { kind: 'qr', data: ticketQrPayload(input.day, ticket.number), moduleSize: 6 },
      { kind: 'space', dots: 8 },
      { kind: 'text', text: t('receipt.keepTicket'), size: 'small', align: 'center' },
    ],
  };
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
