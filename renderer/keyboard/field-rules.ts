// What each kind of field accepts. Keys a field cannot take are drawn disabled (not hidden, so
// the keyboard never changes shape under the citizen's finger), and validate() names the problem
// with an i18n key so the message follows the screen language.
import type { LayoutId } from './keyboard-layouts.js';

export const FIELD_KINDS = ['phone', 'card-number', 'date', 'tax-reference', 'free-text'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export interface Problem {
  readonly messageKey: string;
  readonly values?: Readonly<Record<string, string | number>>;
}

export type Validation = { readonly ok: true } | ({ readonly ok: false } & Problem);

export interface FieldRule {
  readonly kind: FieldKind;
  readonly maxLength: number;
  /** Layouts the switch key cycles through; the first is used when the screen's is not here. */
  readonly layouts: readonly LayoutId[];
  /** 'upper': letters are typed as capitals whatever the shift state (card numbers). */
  readonly letterCase: 'any' | 'upper';
  /** Whether `text` may follow `value`, length aside (the reducer checks the length). */
  accepts(value: string, text: string): boolean;
  /** The value after typing `text`; lets the date field put its slashes in by itself. */
  insert(value: string, text: string): string;
  /** The value after backspace; the date field drops the slash it added along with the digit. */
  erase(value: string): string;
  /** Length limit for a value of this shape (a local phone number is shorter than +212...). */
  limitFor(value: string): number;
  validate(value: string): Validation;
}

export interface FieldRuleOptions {
  maxLength?: number;
  /** Free text only: an empty value is accepted when false. */
  required?: boolean;
}

const OK: Validation = { ok: true };
const fail = (messageKey: string, values?: Record<string, string | number>): Validation =>
  values ? { ok: false, messageKey, values } : { ok: false, messageKey };
const append = (value: string, text: string) => value + text;
// By code point, so no letter outside the BMP is ever split in half.
const dropLast = (value: string) => Array.from(value).slice(0, -1).join('');
const isDigit = (text: string) => /^[0-9]$/.test(text);
const isUpperLatin = (text: string) => /^[A-Z]$/.test(text);

// Moroccan mobiles: 06/07 and eight digits, or the same without the 0 after +212.
const PHONE_LOCAL = /^0[67][0-9]{8}$/;
const PHONE_INTERNATIONAL = /^\+212[67][0-9]{8}$/;
const LOCAL_PHONE_LENGTH = 10;

function phoneRule(options: FieldRuleOptions): FieldRule {
  const maxLength = options.maxLength ?? '+212612345678'.length;
  return {
    kind: 'phone',
    maxLength,
    layouts: ['phone'],
    letterCase: 'any',
    accepts(value, text) {
      if (text === '+') return value === '';
      return isDigit(text);
    },
    insert: append,
    erase: dropLast,
    // A local number stops at ten digits; only the +212 form is longer.
    limitFor: (value) => (value.startsWith('+') ? maxLength : Math.min(maxLength, LOCAL_PHONE_LENGTH)),
    validate(value) {
      if (value === '') return fail('keyboard.errors.required');
      return PHONE_LOCAL.test(value) || PHONE_INTERNATIONAL.test(value) ? OK : fail('keyboard.errors.phone');
    },
  };
}

// CNIE numbers: one or two capital letters, then digits (BK123456, A123456).
const CARD_NUMBER = /^[A-Z]{1,2}[0-9]{4,8}$/;

function cardNumberRule(options: FieldRuleOptions): FieldRule {
  const maxLength = options.maxLength ?? 10;
  return {
    kind: 'card-number',
    maxLength,
    layouts: ['azerty'],
    letterCase: 'upper',
    accepts(value, text) {
      const letters = /^[A-Z]*/.exec(value)?.[0].length ?? 0;
      if (isUpperLatin(text)) return letters === value.length && letters < 2;
      return isDigit(text) && letters > 0;
    },
    insert: append,
    erase: dropLast,
    limitFor: () => maxLength,
    validate(value) {
      if (value === '') return fail('keyboard.errors.required');
      return CARD_NUMBER.test(value) ? OK : fail('keyboard.errors.cardNumber');
    },
  };
}

/** True for a day that exists in the Gregorian calendar (29 February only in leap years). */
export function isCalendarDate(day: number, month: number, year: number): boolean {
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

const DATE_SHAPE = /^([0-9]{2})\/([0-9]{2})\/([0-9]{4})$/;

function dateRule(): FieldRule {
  return {
    kind: 'date',
    maxLength: 'DD/MM/YYYY'.length,
    layouts: ['numeric'],
    letterCase: 'any',
    accepts: (_value, text) => isDigit(text),
    // The citizen types digits only; the slashes appear after the day and the month.
    insert: (value, text) => (value.length === 2 || value.length === 5 ? `${value}/${text}` : value + text),
    erase: (value) => dropLast(value).replace(/\/$/, ''),
    limitFor: () => 'DD/MM/YYYY'.length,
    validate(value) {
      if (value === '') return fail('keyboard.errors.required');
      const match = DATE_SHAPE.exec(value);
      if (!match) return fail('keyboard.errors.dateIncomplete');
      const [day, month, year] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
      return year >= 1900 && year <= 2100 && isCalendarDate(day, month, year) ? OK : fail('keyboard.errors.date');
    },
  };
}

// The office backend's notice format is not published yet: capitals, digits, "-" and "/",
// starting and ending with a letter or digit, which covers the notices seen so far.
const TAX_REFERENCE = /^[A-Z0-9](?:[A-Z0-9/-]*[A-Z0-9])?$/;
const TAX_REFERENCE_MIN = 6;

function taxReferenceRule(options: FieldRuleOptions): FieldRule {
  const maxLength = options.maxLength ?? 20;
  return {
    kind: 'tax-reference',
    maxLength,
    layouts: ['azerty', 'numeric'],
    letterCase: 'upper',
    accepts(value, text) {
      if (text === '-' || text === '/') return value !== '' && !/[-/]$/.test(value);
      return isDigit(text) || isUpperLatin(text);
    },
    insert: append,
    erase: dropLast,
    limitFor: () => maxLength,
    validate(value) {
      if (value === '') return fail('keyboard.errors.required');
      return value.length >= TAX_REFERENCE_MIN && TAX_REFERENCE.test(value) ? OK : fail('keyboard.errors.taxReference');
    },
  };
}

function freeTextRule(options: FieldRuleOptions): FieldRule {
  const required = options.required ?? true;
  const maxLength = options.maxLength ?? 1000;
  return {
    kind: 'free-text',
    maxLength,
    layouts: ['arabic', 'azerty', 'tifinagh', 'numeric'],
    letterCase: 'any',
    // No double spaces and no leading space: they only make the text harder to read back.
    accepts: (value, text) => text !== ' ' || (value !== '' && !value.endsWith(' ')),
    insert: append,
    erase: dropLast,
    limitFor: () => maxLength,
    validate(value) {
      if (required && value.trim() === '') return fail('keyboard.errors.required');
      return OK;
    },
  };
}

export function fieldRule(kind: FieldKind, options: FieldRuleOptions = {}): FieldRule {
  switch (kind) {
    case 'phone':
      return phoneRule(options);
    case 'card-number':
      return cardNumberRule(options);
    case 'date':
      return dateRule();
    case 'tax-reference':
      return taxReferenceRule(options);
    case 'free-text':
      return freeTextRule(options);
  }
}
