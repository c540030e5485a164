// Which documents the office accepts from the reader, and what the kiosk keeps of them: the
// CNIE (TD1, issued by MAR) and passports (TD3), every check digit right, not expired.
import type { MrzParseResult } from '../../../hardware/id-reader/mrz-types.js';
import type { IdUnreadableReason } from '../../../hardware/id-reader/id-reader.js';
import type { IdentityProblem, IdentityView } from '../../contract/kiosk-contract.js';
import type { Identity } from '../../office/office-schemas.js';
import { maskDocumentNumber } from './masking.js';

export type MrzIdentity = Extract<Identity, { method: 'mrz' }>;

export type IdentityOutcome =
  | { ok: true; identity: Identity; view: IdentityView }
  | { ok: false; problem: IdentityProblem };

/** `today` is the office's calendar day, YYYY-MM-DD: a card is valid through its expiry day. */
export function identityFromMrz(result: MrzParseResult, today: string): IdentityOutcome {
  if (result.format === 'unknown') return { ok: false, problem: 'garbled' };
  // A misread character could have changed any field, so a failed check outranks the rest.
  if (!result.ok) return { ok: false, problem: result.failedFields.length > 0 ? 'checksum' : 'garbled' };
  const f = result.fields;
  const format = result.format;
  if (format === 'TD1') {
    if (f.issuingState !== 'MAR' || !f.documentCode.startsWith('I')) return { ok: false, problem: 'unsupported' };
  } else if (format === 'TD3') {
    if (!f.documentCode.startsWith('P')) return { ok: false, problem: 'unsupported' };
  } else {
    return { ok: false, problem: 'unsupported' };
  }
  const birthDate = f.birthDate?.iso ?? null;
  const expiryDate = f.expiryDate?.iso ?? null;
  if (!birthDate || !expiryDate || !/^[A-Z0-9]{1,20}$/.test(f.documentNumber)) return { ok: false, problem: 'garbled' };
  if (expiryDate < today) return { ok: false, problem: 'expired' };

  const identity: MrzIdentity = {
    method: 'mrz',
    documentFormat: format,
    issuingState: f.issuingState,
    documentNumber: f.documentNumber,
    birthDate,
    expiryDate,
  };
  const view: IdentityView = {
    method: 'mrz',
    documentKind: format === 'TD1' ? 'id-card' : 'passport',
    maskedNumber: maskDocumentNumber(f.documentNumber),
    birthDate,
    expiryDate,
    ...(f.surname ? { surname: f.surname.slice(0, 60) } : {}),
    ...(f.givenNames ? { givenNames: f.givenNames.slice(0, 80) } : {}),
  };
  return { ok: true, identity, view };
}

export function problemOfUnreadable(reason: IdUnreadableReason): IdentityProblem {
  switch (reason) {
    case 'partial':
      return 'partial';
    case 'checksum':
      return 'checksum';
    case 'garbled':
    case 'over-long':
      return 'garbled';
  }
}
