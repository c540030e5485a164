// Public-space reports (complaints, observations, suggestions, as on chikaya.ma): checked
// field by field, then outbox first like every submission. The answer deadline is the
// backend's, or 60 days from today at the office while the report waits to be sent.
import type { Places, ReportReceiptView, RequestOf, ResponseOf } from '../../contract/kiosk-contract.js';
import { type ReportInput, reportReceiptSchema } from '../../office/office-schemas.js';
import { hasConsented } from './consent.js';
import { type KioskReferenceSubmissionDeps, submitUnderKioskReference } from './kiosk-reference-submission.js';
import { addDays, todayAtOffice } from './office-calendar.js';
import { findPlace } from './places.js';
import { maskPhone } from './masking.js';
import { type ReceiptContext, receiptQrPayload } from './receipt-blocks.js';
import { issuedStamp, type ReceiptPrint } from './receipt-printing.js';
import { buildReportReceipt } from './report-receipt.js';
import { checkReport } from './report-validation.js';

/** The legal answer deadline of a complaint (law 31-13 / chikaya.ma): 60 days. */
export const REPORT_ANSWER_DAYS = 60;

export interface ReportServiceDeps extends KioskReferenceSubmissionDeps {
  places: Places;
  print: ReceiptPrint;
  receipts: ReceiptContext;
  timeZone: string;
  now: () => Date;
}

export class ReportService {
  constructor(private readonly deps: ReportServiceDeps) {}

  async submit(request: RequestOf<'report.submit'>): Promise<ResponseOf<'report.submit'>> {
    const { sessions, logger } = this.deps;
    const session = sessions.require(request.sessionId);
    // Consent comes first for every report: the description itself may name people.
    if (!hasConsented(session)) return { outcome: 'refused', reason: 'consent-required' };
    const checked = checkReport(request, this.deps.places);
    if (!checked.ok) return { outcome: 'refused', reason: 'invalid', field: checked.field };

    const accepted = await submitUnderKioskReference(this.deps, {
      procedure: 'report',
      kind: 'report',
      session,
      body: (kioskReference) => ({ ...checked.body, kioskReference }) satisfies ReportInput,
      receiptSchema: reportReceiptSchema,
    });
    if (accepted === 'rejected') return { outcome: 'refused', reason: 'rejected' };
    const { kioskReference, delivery, shown } = accepted;
    const delivered = delivery.state === 'delivered' ? delivery.receipt : undefined;
    const reference = delivered?.trackingNumber ?? kioskReference;
    const view: ReportReceiptView = {
      reference,
      transmission: delivered ? 'delivered' : 'pending',
      category: checked.body.category,
      answerDeadline: delivered?.answerDeadline ?? addDays(todayAtOffice(this.deps.now(), this.deps.timeZone), REPORT_ANSWER_DAYS),
      ...(checked.phone ? { maskedPhone: maskPhone(checked.phone) } : {}),
      qr: receiptQrPayload(reference, this.deps.receipts.publicStatusUrl),
    };
    logger.info(
      { procedure: 'report', reference, kioskReference, outcome: view.transmission, category: view.category, withContact: Boolean(checked.phone) },
      'procedure outcome',
    );
    // A late answer for a visit that ended prints nothing; the request is withdrawn at the office.
    sessions.assertStillActive(session.id);
    shown();
    const place = findPlace(this.deps.places, request.place.arrondissementId, request.place.neighbourhoodId, session.language);
    const at = this.deps.now();
    const receipt = buildReportReceipt(
      {
        view,
        kind: request.kind,
        place: place ?? { arrondissement: request.place.arrondissementId, neighbourhood: request.place.neighbourhoodId },
        landmark: checked.body.place.landmark ?? '',
        language: session.language,
        at,
      },
      this.deps.receipts,
    );
    const print = await this.deps.print(receipt, {
      kind: 'report',
      number: reference,
      service: 'complaints',
      essentials: { sessionId: session.id, serviceId: 'complaints', ...issuedStamp(at, this.deps.timeZone), answerDeadline: view.answerDeadline },
    });
    sessions.assertStillActive(session.id);
    return { outcome: 'submitted', receipt: view, print };
  }
}
