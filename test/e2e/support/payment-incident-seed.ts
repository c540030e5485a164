// Card payments left "being checked", written straight into the kiosk's SQLite file, for the
// screens that show them (the clerk's "Payments to check" tab). Reaching them through the
// kiosk takes an office that loses its answers behind a fault proxy and a 30 s slip flow
// (payment-incidents.spec.ts does that); the accessibility audit only needs rows to look at.
import { randomUUID } from 'node:crypto';
import { checkNumberOf, type PaymentIncidentState } from '../../../main/storage/payment-incidents.js';
import { withKioskDatabase } from './journal-file.js';

export interface SeededIncident {
  reference: string;
  amountCentimes: number;
  /** Unsettled rows are 'checking'; settled ones 'confirmed' (with a tracking number) or 'reversed'. */
  state: Extract<PaymentIncidentState, 'checking' | 'confirmed' | 'reversed'>;
  trackingNumber?: string;
  /** How long before now the slip was printed, and (settled rows) the row settled. */
  uncertainMinutesAgo: number;
  settledMinutesAgo?: number;
}

/** Far beyond any run: the kiosk's reconciler never picks a seeded 'checking' row, so it stays one. */
const NEVER_DUE_MS = Number.MAX_SAFE_INTEGER;

/** Writes the rows (oldest first, as the kiosk would have) and returns their check numbers. */
export function seedPaymentIncidents(dataDir: string, incidents: readonly SeededIncident[], now = new Date()): Promise<string[]> {
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();
  return withKioskDatabase(dataDir, async (db) => {
    const checkNumbers: string[] = [];
    for (const i of incidents) {
      const key = randomUUID();
      const authorizationCode = String(100000 + checkNumbers.length);
      const settled = i.state !== 'checking';
      await db.run(
        `INSERT INTO payment_incidents (check_number, idempotency_key, reference, amount_centimes, authorization_code, terminal_id, transaction_reference,
           state, uncertain_since, attempts, next_attempt_at, created_at, settled_at, tracking_number, last_error)
         VALUES (?, ?, ?, ?, ?, 'SEED-TERMINAL', ?, ?, ?, 1, ?, ?, ?, ?, ?)`,
        [
          checkNumberOf(key),
          key,
          i.reference,
          i.amountCentimes,
          authorizationCode,
          `SEED.${authorizationCode}`,
          i.state,
          minutesAgo(i.uncertainMinutesAgo),
          NEVER_DUE_MS,
          minutesAgo(i.uncertainMinutesAgo + 1),
          settled ? minutesAgo(i.settledMinutesAgo ?? 0) : null,
          i.state === 'confirmed' ? (i.trackingNumber ?? null) : null,
          settled ? null : 'seeded: office answer lost',
        ],
      );
      checkNumbers.push(checkNumberOf(key));
    }
    return checkNumbers;
  });
}
