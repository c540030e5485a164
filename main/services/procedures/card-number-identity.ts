// The other way to identify: the CNIE number and the birth date typed on the on-screen
// keyboard. The office checks them against its registers; the kiosk only refuses what
// cannot be a card number or a birth date.
import type { IdentityView } from '../../contract/kiosk-contract.js';
import type { Identity } from '../../office/office-schemas.js';
import { isCalendarDate } from './office-calendar.js';
import { maskDocumentNumber } from './masking.js';

export type TypedIdentityOutcome =
  | { ok: true; identity: Identity; view: IdentityView }
  | { ok: false; problem: 'invalid-card-number' | 'invalid-birth-date' };

const CNIE_NUMBER = /^[A-Z]{1,2}\d{3,8}$/;
const OLDEST_BIRTH_DATE = '1900-01-01';

/** Spaces and dashes a citizen may type are dropped, letters capitalised: `bk 123 456` is BK123456. */
export function normaliseCardNumber(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

export function identityFromCardNumber(cardNumberTyped: string, birthDateTyped: string, today: string): TypedIdentityOutcome {
  const cardNumber = normaliseCardNumber(cardNumberTyped);
  if (!CNIE_NUMBER.test(cardNumber)) return { ok: false, problem: 'invalid-card-number' };
  const birthDate = birthDateTyped.trim();
  if (!isCalendarDate(birthDate) || birthDate >= today || birthDate < OLDEST_BIRTH_DATE) {
    return { ok: false, problem: 'invalid-birth-date' };
  }
  return {
    ok: true,
    identity: { method: 'card-number', cardNumber, birthDate },
    view: { method: 'card-number', documentKind: 'id-card', maskedNumber: maskDocumentNumber(cardNumber), birthDate },
  };
}
