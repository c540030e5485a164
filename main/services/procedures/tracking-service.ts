// Tracking a request by the number on its receipt: typed (AR-2026-000001, or the kiosk's own
// KHM01-2026-000123 printed while the office was unreachable) or scanned from the receipt's QR
// code. A receipt still waiting in this kiosk's outbox is answered from here: the office does
// not know it yet, and the citizen should hear "waiting to be sent", not "unknown number".
import type { ResponseOf, TrackingResult } from '../../contract/kiosk-contract.js';
import type { OfficeClient } from '../../office/office-client.js';
import { normaliseReferenceNumber } from '../../contract/reference-number.js';
import { kioskReferenceSchema } from '../../office/office-schemas.js';
import type { Outbox, OutboxKind } from '../../office/outbox.js';
import type { SessionService } from '../session-service.js';
import { officeLookupProblem } from './office-lookup-problem.js';
import type { ProcedureLogger } from './procedure-logger.js';
import { idempotencyKeyFor } from './submission-key.js';

export type TrackingInput = { kind: 'reference'; reference: string } | { kind: 'queue-ticket' } | { kind: 'invalid' };

const OFFICE_TRACKING_NUMBER = /^(AR|RC|PT)-\d{4}-\d{6}$/;

/** What a typed or scanned tracking code asks for; hyphens, spaces and Arabic digits optional. */
export function parseTrackingInput(input: string): TrackingInput {
  const text = input.trim().toUpperCase();
  if (text.startsWith('BORNE/T/')) return { kind: 'queue-ticket' };
  if (/^HTTPS?:\/\//.test(text)) return parseStatusLink(text);
  const candidate = normaliseReferenceNumber(text.startsWith('BORNE/R/') ? text.slice('BORNE/R/'.length) : text);
  if (OFFICE_TRACKING_NUMBER.test(candidate) || kioskReferenceSchema.safeParse(candidate).success) {
    return { kind: 'reference', reference: candidate };
  }
  return { kind: 'invalid' };
}

/**
 * A receipt's QR code holding the office's public status page (office.publicStatusUrl): the
 * number is somewhere in the address, wherever the template put it.
 */
function parseStatusLink(url: string): TrackingInput {
  let text = url;
  try {
    text = decodeURIComponent(url);
  } catch {
    // A malformed escape: look in the address as it is.
  }
  if (/\d{4}-\d{2}-\d{2}_[A-Z]{1,2}-\d{3,4}/.test(text)) return { kind: 'queue-ticket' };
  const found = /(?:AR|RC|PT)-\d{4}-\d{6}|K[A-Z0-9]{2,8}-\d{4}-\d{6}/.exec(text)?.[0];
  return found ? { kind: 'reference', reference: found } : { kind: 'invalid' };
}

const PROCEDURE_OF_OUTBOX: Record<OutboxKind, 'civil-status' | 'report'> = { 'civil-status-request': 'civil-status', report: 'report' };

export interface TrackingServiceDeps {
  sessions: SessionService;
  office: OfficeClient;
  outbox: Outbox;
  logger: ProcedureLogger;
}

export class TrackingService {
  constructor(private readonly deps: TrackingServiceDeps) {}

  async lookup(sessionId: string, number: string): Promise<ResponseOf<'tracking.lookup'>> {
    const session = this.deps.sessions.require(sessionId);
    const input = parseTrackingInput(number);
    if (input.kind === 'queue-ticket') return this.done({ ok: false, problem: 'queue-ticket' }, undefined);
    if (input.kind === 'invalid') return this.done({ ok: false, problem: 'invalid-number' }, undefined);
    const { reference } = input;

    if (reference.startsWith('K')) {
      const entry = await this.deps.outbox.get(idempotencyKeyFor(reference));
      this.deps.sessions.assertStillActive(sessionId);
      // A withdrawal on its way or confirmed: the office will hold it as withdrawn, if at all.
      const withdrawn = entry?.withdrawal === 'pending' || entry?.withdrawal === 'withdrawn';
      if (entry && (entry.state !== 'delivered' || withdrawn)) {
        const status = withdrawn ? 'withdrawn' : entry.state === 'pending' ? 'pending-transmission' : 'rejected';
        const updatedAt = new Date(entry.createdAt).toISOString();
        return this.done({ ok: true, request: { reference, procedure: PROCEDURE_OF_OUTBOX[entry.kind], status, updatedAt } }, reference);
      }
    }
    const result = await this.deps.office.getRequestStatus(reference, { signal: session.signal });
    this.deps.sessions.assertStillActive(sessionId);
    if (!result.ok) return this.done({ ok: false, problem: officeLookupProblem(result.kind) }, reference);
    // The number the citizen holds stays the one shown, even when the office filed it under its own.
    const { procedure, status, updatedAt } = result.value;
    return this.done({ ok: true, request: { reference, procedure, status, updatedAt } }, reference);
  }

  private done(result: TrackingResult, reference: string | undefined): TrackingResult {
    const outcome = result.ok ? result.request.status : result.problem;
    this.deps.logger.info({ procedure: 'tracking', ...(reference ? { reference } : {}), outcome }, 'procedure outcome');
    return result;
  }
}
