// The acquirer behind the mock payment terminal. A real acquirer holds every transaction, so
// a reversal works whatever happened to the kiosk since the approval (a restart, a kill -9);
// the mock has no server, so it stands in two ways: each transaction reference it issues
// carries a signature over the approval (code, amount), so it recognises its own references
// from any earlier run without remembering them, and the references it has reversed are kept
// in a small file in the data folder, so a second reversal of one, even after a restart,
// answers "already reversed" and moves no money.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ReversalOutcome, ReversalRequest } from './payment-terminal.js';

// A simulator's key in the source, not a secret: it only lets the mock tell its own references
// from made-up ones, as an acquirer's database would.
const MOCK_ACQUIRER_KEY = 'borne-mock-acquirer-v1';
const REFERENCE = /^MPT1\.(\d{6})\.(\d{1,9})\.([0-9a-f]{16})\.([0-9a-f]{16})$/;
/** Reversed references kept in the file: far more than a kiosk reverses between two cleanups. */
const KEEP = 5000;

function signature(authorizationCode: string, amountCentimes: number, nonce: string): string {
  return createHmac('sha256', MOCK_ACQUIRER_KEY).update(`${authorizationCode}|${amountCentimes}|${nonce}`).digest('hex').slice(0, 16);
}

export function issueTransactionReference(authorizationCode: string, amountCentimes: number): string {
  const nonce = randomBytes(8).toString('hex');
  return `MPT1.${authorizationCode}.${amountCentimes}.${nonce}.${signature(authorizationCode, amountCentimes, nonce)}`;
}

/** Whether the reference is one this mock issued for exactly this approval (code and amount). */
export function isIssuedReference(r: ReversalRequest): boolean {
  const m = REFERENCE.exec(r.transactionReference);
  if (!m || m[1] !== r.authorizationCode || Number(m[2]) !== r.amountCentimes) return false;
  const expected = Buffer.from(signature(r.authorizationCode, r.amountCentimes, m[3] ?? ''));
  const given = Buffer.from(m[4] ?? '');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export type AcquirerVerdict = ReversalOutcome | { ok: false; unknown: true };

export class MockAcquirer {
  private reversed: string[] | undefined;

  /** `stateFile` absent: reversals are remembered for this run only (unit tests, dev dock without a data folder). */
  constructor(private readonly stateFile?: string) {}

  reverse(r: ReversalRequest): AcquirerVerdict {
    if (!isIssuedReference(r)) return { ok: false, unknown: true };
    const reversed = this.load();
    if (reversed.includes(r.transactionReference)) return { ok: true, alreadyReversed: true };
    reversed.push(r.transactionReference);
    if (reversed.length > KEEP) reversed.splice(0, reversed.length - KEEP);
    this.save(reversed);
    return { ok: true };
  }

  private load(): string[] {
    if (this.reversed) return this.reversed;
    let list: string[] = [];
    if (this.stateFile) {
      try {
        const parsed: unknown = JSON.parse(readFileSync(this.stateFile, 'utf8'));
        const refs = typeof parsed === 'object' && parsed !== null && 'reversed' in parsed ? parsed.reversed : undefined;
        if (Array.isArray(refs)) list = refs.filter((x): x is string => typeof x === 'string');
      } catch {
        // No file yet (first reversal on this kiosk) or a damaged one: nothing reversed known.
      }
    }
    this.reversed = list;
    return list;
  }

  private save(list: string[]): void {
    if (!this.stateFile) return;
    // Written before the reversal is reported: a crash right after it cannot make the next run
    // reverse the same transaction again as if new.
    mkdirSync(dirname(this.stateFile), { recursive: true, mode: 0o700 });
    const tmp = `${this.stateFile}.tmp`;
    writeFileSync(tmp, JSON.stringify({ reversed: list }), { mode: 0o600 });
    renameSync(tmp, this.stateFile);
  }
}
