// The receipt's essentials are said when main announces it, in the screen language, for the
// citizen at the screen only, and only in speak mode.
import { describe, expect, it } from 'vitest';
import type { KioskApi, ReceiptPrintingEvent } from '../../../main/contract/kiosk-contract.js';
import { listenForReceipts, type AnnouncerMoment } from '../../../renderer/speech/receipt-announcer.js';
import { SPEECH_OFF, type SpeechKind, type SpokenText } from '../../../renderer/speech/speech-control.js';

const SESSION = '0b5f5c3e-8d5a-4a53-9c2e-1f2a3b4c5d6e';
const OTHER = '1c6a6d4f-9e6b-4b64-8d3f-2a3b4c5d6e7f';
const ticket: ReceiptPrintingEvent = {
  sessionId: SESSION,
  kind: 'ticket',
  number: 'A-014',
  serviceId: 'civil-status',
  counter: '1',
  issuedAt: '2026-11-26T09:05:00.000Z',
  issuedOfficeDay: '2026-11-26',
  issuedAtOfficeTime: '10:05',
};

function setUp(enabled = true) {
  let deliver: (event: ReceiptPrintingEvent) => void = () => undefined;
  const api: Pick<KioskApi, 'on'> = {
    on: ((_channel: 'receipt.printing', listener: (event: ReceiptPrintingEvent) => void) => {
      deliver = listener;
      return () => (deliver = () => undefined);
    }) as KioskApi['on'], // one channel is enough here; the generic signature covers them all
  };
  const said: Array<{ text: SpokenText; kind: SpeechKind | undefined }> = [];
  const moment: AnnouncerMoment = {
    sessionId: SESSION,
    language: 'fr',
    speech: { ...SPEECH_OFF, enabled, say: (text, kind) => said.push({ text: text as SpokenText, kind }) },
    t: (key) => (key === 'services.civil-status.name' ? 'État civil' : key),
  };
  const stop = listenForReceipts(api, () => moment);
  return { said, moment, stop, deliver: (event: ReceiptPrintingEvent) => deliver(event) };
}

describe('receipt announcer', () => {
  it('says the ticket number, service, counter, day and time as a receipt', () => {
    const { said, deliver } = setUp();
    deliver(ticket);
    expect(said).toEqual([
      {
        kind: 'receipt',
        text: {
          key: 'speech.printing.ticket',
          params: { number: 'A-014', service: 'État civil', counter: '1', date: '26 novembre 2026', time: '10:05' },
        },
      },
    ]);
  });

  it('says the collection day, or that the office will set it, and a report’s deadline', () => {
    const { said, deliver } = setUp();
    const civil = { ...ticket, kind: 'civil-status', serviceId: 'civil-status', number: 'AR-2026-000041', counter: '3' } as const;
    deliver({ ...civil, collectionDate: '2026-11-27' });
    deliver(civil);
    deliver({ ...ticket, kind: 'report', serviceId: 'complaints', number: 'RC-2026-000007', counter: undefined, answerDeadline: '2027-01-25' });
    expect(said.map((entry) => entry.text.params?.['collection'] ?? entry.text.params?.['deadline'])).toEqual([
      '27 novembre 2026',
      'civil-status.result.collectionPending',
      '25 janvier 2027',
    ]);
  });

  it('says nothing of another session’s receipt, nothing with speak mode off, nothing once unmounted', () => {
    const other = setUp();
    other.deliver({ ...ticket, sessionId: OTHER });
    expect(other.said).toEqual([]);
    const off = setUp(false);
    off.deliver(ticket);
    expect(off.said).toEqual([]);
    const gone = setUp();
    gone.stop();
    gone.deliver(ticket);
    expect(gone.said).toEqual([]);
  });
});
