// The idempotency key of a submission is derived from its kiosk reference (a name-based,
// version-5-style UUID). The reference is new for every submission, so the key is too; and
// the kiosk can find a receipt's outbox item again from the number printed on it alone,
// across restarts, without a second table linking the two.
import { createHash } from 'node:crypto';

const NAMESPACE = 'borne/office-submission/v1\n';

export function idempotencyKeyFor(kioskReference: string): string {
  const bytes = createHash('sha256').update(NAMESPACE).update(kioskReference).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
