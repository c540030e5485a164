// Each citizen receipt of a procedure is announced to its session's screen (receipt.printing)
// before the printer gets it, with the number, counter and dates only: nothing personal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MRZ_SPECIMENS } from '../../../../hardware/simulators/mrz-specimens.js';
import { createProcedureFixture, type ProcedureFixture } from './procedure-fixture.js';

const ISSUED = { issuedAt: '2026-11-26T09:15:00.000Z', issuedOfficeDay: '2026-11-26', issuedAtOfficeTime: '10:15' };

describe('receipt announcements of the procedures', () => {
  let f: ProcedureFixture;
  /** How many receipts the printer had when each announcement went out. */
  let printedWhenAnnounced: number[];
  beforeEach(async () => {
    f = await createProcedureFixture({ requestTimeoutMs: 300 });
    printedWhenAnnounced = [];
    f.router.onEvent((channel) => {
      if (channel === 'receipt.printing') printedWhenAnnounced.push(f.printer.receipts.length);
    });
  });
  afterEach(async () => f.close());

  it('announces a civil-status receipt with its counter and collection day, before printing it', async () => {
    f.backend.on('POST', /^\/v1\/civil-status-requests$/, {
      kind: 'json',
      status: 201,
      body: { trackingNumber: 'AR-2026-000041', counter: '3', collectionDate: '2026-11-27', fee: { currency: 'MAD', centimes: 4000 }, status: 'received' },
    });
    const sessionId = await f.consentedSession('fr');
    f.idReader.insert(MRZ_SPECIMENS['mar-cnie-td1'].lines);
    await f.value('civilStatus.submit', { sessionId, document: 'birth-extract', copies: 2, documentLanguage: 'fr' });
    expect(f.eventsOf('receipt.printing')).toEqual([
      { sessionId, kind: 'civil-status', number: 'AR-2026-000041', serviceId: 'civil-status', counter: '3', collectionDate: '2026-11-27', ...ISSUED },
    ]);
    expect(printedWhenAnnounced).toEqual([0]);
    expect(f.printer.receipts).toHaveLength(1);
  });

  it('announces a report receipt with its answer deadline, and never the phone number', async () => {
    f.backend.on('POST', /^\/v1\/reports$/, {
      kind: 'json',
      status: 201,
      body: { trackingNumber: 'RC-2026-000007', receivedAt: '2026-11-26T09:15:00.000Z', answerDeadline: '2027-01-25', status: 'received' },
    });
    const sessionId = await f.consentedSession('ar');
    await f.value('report.submit', {
      sessionId,
      kind: 'complaint',
      category: 'lighting',
      place: { arrondissementId: 'sidi-moumen', neighbourhoodId: 'attacharouk', landmark: '' },
      description: 'Trois lampadaires éteints.',
      contact: { phone: '06 12 34 56 78', smsConsent: true },
    });
    const events = f.eventsOf('receipt.printing');
    expect(events).toEqual([{ sessionId, kind: 'report', number: 'RC-2026-000007', serviceId: 'complaints', answerDeadline: '2027-01-25', ...ISSUED }]);
    expect(JSON.stringify(events)).not.toMatch(/12 ?34|5678/);
    expect(printedWhenAnnounced).toEqual([0]);
  });

  it('announces a tax payment receipt at the time the office recorded it, without the card', async () => {
    f.backend.on('GET', /^\/v1\/tax-notices\/TSC-2026-000123$/, {
      kind: 'json',
      status: 200,
      body: { reference: 'TSC-2026-000123', year: 2026, status: 'due', dueDate: '2026-03-31', amountDue: { currency: 'MAD', centimes: 130200 },
        lines: [{ code: 'tsc', label: 'Taxe de services communaux', amount: { currency: 'MAD', centimes: 130200 } }],
      },
    });
    f.backend.on('POST', /^\/v1\/tax-notices\/TSC-2026-000123\/payments$/, {
      kind: 'json',
      status: 201,
      body: { trackingNumber: 'PT-2026-000003', reference: 'TSC-2026-000123', status: 'confirmed', amount: { currency: 'MAD', centimes: 130200 }, paidAt: '2026-11-26T09:16:00.000Z' },
    });
    const sessionId = f.sessions.start('fr').id;
    await f.value('tax.lookup', { sessionId, reference: 'TSC-2026-000123' });
    expect(await f.value('tax.pay', { sessionId, reference: 'TSC-2026-000123' })).toMatchObject({ outcome: 'paid' });
    const events = f.eventsOf('receipt.printing');
    expect(events).toEqual([
      { sessionId, kind: 'tax-payment', number: 'PT-2026-000003', serviceId: 'local-taxes', issuedAt: '2026-11-26T09:16:00.000Z', issuedOfficeDay: '2026-11-26', issuedAtOfficeTime: '10:16' },
    ]);
    expect(JSON.stringify(events)).not.toContain('7899');
    expect(printedWhenAnnounced).toEqual([0]);
  });
});
