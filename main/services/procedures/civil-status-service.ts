// Civil-status documents (birth extract, full copy, marriage and death extracts): options
// from the configuration, and the request itself, outbox first. The answer and the paper
// belong to the session that asked; if it ended while the kiosk waited, nothing is printed.
import type { CivilStatusDocumentId, ResponseOf } from '../../contract/kiosk-contract.js';
import { CIVIL_STATUS_DOCUMENT_IDS, type CivilStatusReceiptView, type RequestOf } from '../../contract/kiosk-contract.js';
import { type CivilStatusReceipt, type CivilStatusRequest, civilStatusReceiptSchema } from '../../office/office-schemas.js';
import { buildCivilStatusReceipt } from './civil-status-receipt.js';
import { hasConsented } from './consent.js';
import { type KioskReferenceSubmissionDeps, submitUnderKioskReference } from './kiosk-reference-submission.js';
import type { Delivery } from './office-submission.js';
import { type ReceiptContext, receiptQrPayload } from './receipt-blocks.js';
import { issuedStamp, type ReceiptPrint } from './receipt-printing.js';

export interface CivilStatusSettings {
  counter: string;
  maxCopies: number;
  feePerCopyCentimes: Record<CivilStatusDocumentId, number>;
}

export interface CivilStatusServiceDeps extends KioskReferenceSubmissionDeps {
  settings: CivilStatusSettings;
  print: ReceiptPrint;
  receipts: ReceiptContext;
  now: () => Date;
}

type SubmitResult = ResponseOf<'civilStatus.submit'>;

export class CivilStatusService {
  constructor(private readonly deps: CivilStatusServiceDeps) {}

  options(): ResponseOf<'civilStatus.options'> {
    const { settings } = this.deps;
    return {
      documents: CIVIL_STATUS_DOCUMENT_IDS.map((id) => ({ id, feePerCopyCentimes: settings.feePerCopyCentimes[id] })),
      maxCopies: settings.maxCopies,
      documentLanguages: ['ar', 'fr'],
    };
  }

  async submit(request: RequestOf<'civilStatus.submit'>): Promise<SubmitResult> {
    const { sessions, settings, logger } = this.deps;
    const session = sessions.require(request.sessionId);
    if (!hasConsented(session)) return { outcome: 'refused', reason: 'consent-required' };
    const identity = session.identity;
    const identityView = session.identityView;
    if (!identity || !identityView) return { outcome: 'refused', reason: 'identity-required' };
    if (request.copies > settings.maxCopies) return { outcome: 'refused', reason: 'invalid', field: 'copies' };

    const accepted = await submitUnderKioskReference(this.deps, {
      procedure: 'civil-status',
      kind: 'civil-status-request',
      session,
      body: (kioskReference): CivilStatusRequest => ({
        document: request.document,
        copies: request.copies,
        documentLanguage: request.documentLanguage,
        identity,
        kioskReference,
      }),
      receiptSchema: civilStatusReceiptSchema,
    });
    if (accepted === 'rejected') return { outcome: 'refused', reason: 'rejected' };
    const { kioskReference, delivery, shown } = accepted;
    const view = this.receiptView(request, kioskReference, delivery);
    logger.info(
      { procedure: 'civil-status', reference: view.reference, kioskReference, outcome: view.transmission, document: request.document },
      'procedure outcome',
    );
    // The next citizen may be standing at the printer: a late answer prints nothing (and the
    // request is withdrawn at the office, see SubmissionWithdrawals).
    sessions.assertStillActive(session.id);
    shown();
    const at = this.deps.now();
    const receipt = buildCivilStatusReceipt(
      { view, documentLanguage: request.documentLanguage, identity: identityView, language: session.language, at },
      this.deps.receipts,
    );
    const print = await this.deps.print(receipt, {
      kind: 'civil-status',
      number: view.reference,
      service: 'civil-status',
      essentials: {
        sessionId: session.id,
        serviceId: 'civil-status',
        counter: view.counter,
        ...issuedStamp(at, this.deps.receipts.timeZone),
        ...(view.collectionDate ? { collectionDate: view.collectionDate } : {}),
      },
    });
    sessions.assertStillActive(session.id);
    return { outcome: 'submitted', receipt: view, print };
  }

  private receiptView(
    request: RequestOf<'civilStatus.submit'>,
    kioskReference: string,
    delivery: Exclude<Delivery<CivilStatusReceipt>, { state: 'rejected' }>,
  ): CivilStatusReceiptView {
    const base = { document: request.document, copies: request.copies };
    if (delivery.state === 'delivered') {
      const r = delivery.receipt;
      return {
        ...base,
        reference: r.trackingNumber,
        transmission: 'delivered',
        counter: r.counter,
        collectionDate: r.collectionDate,
        feeCentimes: r.fee.centimes,
        qr: receiptQrPayload(r.trackingNumber, this.deps.receipts.publicStatusUrl),
      };
    }
    return {
      ...base,
      reference: kioskReference,
      transmission: 'pending',
      counter: this.deps.settings.counter,
      feeCentimes: this.deps.settings.feePerCopyCentimes[request.document] * request.copies,
      qr: receiptQrPayload(kioskReference, this.deps.receipts.publicStatusUrl),
    };
  }
}
