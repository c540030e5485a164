// One picture per service on every screen a citizen meets it: the home tiles, the list of
// counters, the ticket, the receipts and request tracking. Rendered without a browser, each
// screen's picture is compared, stroke for stroke, with the one the mapping gives the service.
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { SERVICE_IDS, type QueueService, type ServiceId } from '../../../main/contract/kiosk-contract.js';
import { createKioskI18n } from '../../../renderer/i18n/kiosk-i18n.js';
import { CivilResult } from '../../../renderer/kiosk/flows/civil-status/civil-result.js';
import { LegalServiceChoice } from '../../../renderer/kiosk/flows/legalisation/legalisation-screens.js';
import { ReportResult } from '../../../renderer/kiosk/flows/report/report-result.js';
import { TaxReceipt } from '../../../renderer/kiosk/flows/tax/tax-receipt.js';
import { TrackingStatusStep } from '../../../renderer/kiosk/flows/tracking/tracking-steps.js';
import {
  PROCEDURE_PICTOGRAMS,
  SERVICE_PICTOGRAMS,
  TRACKED_PROCEDURE_PICTOGRAMS,
  type Pictogram,
} from '../../../renderer/kiosk/pictograms/service-pictograms.js';
import { HomeScreen } from '../../../renderer/kiosk/screens/home-screen.js';
import { TicketResultScreen } from '../../../renderer/kiosk/screens/ticket-result-screen.js';
import { TicketServiceScreen } from '../../../renderer/kiosk/screens/ticket-service-screen.js';

const render = (element: ReactElement) => renderToStaticMarkup(createElement(I18nextProvider, { i18n: createKioskI18n('fr') }, element));

/**
 * The strokes of the first picture at or after `marker` in `html` (a marker may be the picture's
 * own class), without the svg's own attributes.
 */
function strokesAfter(html: string, marker: string): string {
  const at = html.indexOf(marker);
  expect(at, `${marker} is on screen`).toBeGreaterThanOrEqual(0);
  const tag = html.lastIndexOf('<', at);
  const from = html.startsWith('<svg', tag) ? tag : at;
  const match = /<svg[^>]*>(.*?)<\/svg>/s.exec(html.slice(from));
  expect(match, `a picture follows ${marker}`).not.toBeNull();
  return match?.[1] ?? '';
}

const strokesOf = (Picture: Pictogram) => strokesAfter(renderToStaticMarkup(createElement(Picture)), '<svg');

const SERVICES: QueueService[] = SERVICE_IDS.map((id, index) => ({ id, prefix: 'ABCDE'[index] ?? 'Z', counter: String(index + 1), waiting: 2, estimatedWaitMinutes: 10 }));
const PRINTED = { ok: true } as const;

describe('service pictograms', () => {
  it('give every service a picture of its own', () => {
    const pictures = SERVICE_IDS.map((id) => strokesOf(SERVICE_PICTOGRAMS[id]));
    expect(new Set(pictures).size).toBe(SERVICE_IDS.length);
  });

  it('draw each procedure on the home screen with the picture of its counter service', () => {
    const home = render(createElement(HomeScreen, { onTicket: () => {}, onProcedure: () => {} }));
    const counterOf = { 'civil-status': 'civil-status', legalisation: 'legalisation', report: 'complaints', tax: 'local-taxes' } as const;
    for (const [procedure, service] of Object.entries(counterOf)) {
      expect(strokesAfter(home, `data-testid="tile-${procedure}"`), procedure).toBe(strokesOf(SERVICE_PICTOGRAMS[service]));
    }
    expect(strokesAfter(home, 'data-testid="tile-tracking"')).toBe(strokesOf(PROCEDURE_PICTOGRAMS.tracking));
  });

  it('draw the same picture on the list of counters, on the ticket and on the legalisation choice', () => {
    const list = render(createElement(TicketServiceScreen, { services: SERVICES, loading: false, busyServiceId: null, onTake: () => {} }));
    for (const id of SERVICE_IDS) {
      expect(strokesAfter(list, `data-testid="service-${id}"`), id).toBe(strokesOf(SERVICE_PICTOGRAMS[id]));
      const ticket = {
        number: 'A-014',
        serviceId: id,
        counter: '1',
        issuedAt: '2026-12-07T09:00:00+01:00',
        issuedAtOfficeTime: '09:00',
        waitingAhead: 2,
        estimatedWaitMinutes: 10,
      };
      const result = render(createElement(TicketResultScreen, { result: { ticket, print: PRINTED }, secondsLeft: 10, onDone: () => {} }));
      expect(strokesAfter(result, 'result-service-icon'), id).toBe(strokesOf(SERVICE_PICTOGRAMS[id]));
    }
    const legal = render(createElement(LegalServiceChoice, { onChoose: () => {} }));
    const choices: Record<string, ServiceId> = { 'legal-legalisation': 'legalisation', 'legal-certified-copies': 'certified-copies' };
    for (const [testId, id] of Object.entries(choices)) expect(strokesAfter(legal, `data-testid="${testId}"`)).toBe(strokesOf(SERVICE_PICTOGRAMS[id]));
  });

  it('head the receipts and the tracked status with the picture of the home tile', () => {
    const qr = 'BORNE/R/AR-2026-000001';
    const civil = render(
      createElement(CivilResult, {
        receipt: {
          reference: 'AR-2026-000001',
          transmission: 'delivered',
          document: 'birth-extract',
          copies: 1,
          counter: '3',
          collectionDate: '2026-12-08',
          feeCentimes: 2000,
          qr,
        },
        print: PRINTED,
        language: 'fr',
        secondsLeft: 10,
        onDone: () => {},
      }),
    );
    expect(strokesAfter(civil, 'receipt-result-service')).toBe(strokesOf(PROCEDURE_PICTOGRAMS['civil-status']));
    const report = render(
      createElement(ReportResult, {
        receipt: { reference: 'RC-2026-000001', transmission: 'delivered', category: 'lighting', answerDeadline: '2027-02-05', qr },
        print: PRINTED,
        language: 'fr',
        secondsLeft: 10,
        onDone: () => {},
      }),
    );
    expect(strokesAfter(report, 'receipt-result-service')).toBe(strokesOf(PROCEDURE_PICTOGRAMS.report));
    const tax = render(
      createElement(TaxReceipt, {
        receipt: {
          trackingNumber: 'PT-2026-000001',
          reference: 'TSC-2026-000123',
          amountCentimes: 45000,
          paidAt: '2026-12-07T09:00:00.000Z',
          paidAtOfficeTime: '10:00',
          authorizationCode: '123456',
          maskedPan: '**** 1234',
          qr: 'BORNE/R/PT-2026-000001',
        },
        print: PRINTED,
        language: 'fr',
        timeZone: 'Africa/Casablanca',
        secondsLeft: 10,
        onDone: () => {},
      }),
    );
    expect(strokesAfter(tax, 'receipt-result-service')).toBe(strokesOf(PROCEDURE_PICTOGRAMS.tax));

    for (const procedure of ['civil-status', 'report', 'tax-payment'] as const) {
      const status = render(
        createElement(TrackingStatusStep, {
          request: { reference: 'AR-2026-000001', procedure, status: 'ready', updatedAt: '2026-12-07T09:00:00.000Z' },
          language: 'fr',
          timeZone: 'Africa/Casablanca',
          secondsLeft: 10,
          onAnother: () => {},
          onDone: () => {},
        }),
      );
      expect(strokesAfter(status, 'tracking-procedure-pictogram'), procedure).toBe(strokesOf(TRACKED_PROCEDURE_PICTOGRAMS[procedure]));
    }
    expect(strokesOf(TRACKED_PROCEDURE_PICTOGRAMS['tax-payment'])).toBe(strokesOf(SERVICE_PICTOGRAMS['local-taxes']));
  });
});
