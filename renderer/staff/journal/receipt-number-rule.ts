// The keyboard rule for a receipt number: capitals, digits and dashes (A-001, TSC-2026-000123).
// Shorter numbers than a tax reference are valid, so the tax rule cannot be reused.
import type { FieldRule } from '../../keyboard/field-rules.js';

const MAX_LENGTH = 32;

export const receiptNumberRule: FieldRule = {
  // The keyboard only uses the kind to know when the field changed; this one types like it.
  kind: 'tax-reference',
  maxLength: MAX_LENGTH,
  layouts: ['azerty', 'numeric'],
  letterCase: 'upper',
  accepts: (value, text) => (text === '-' ? value !== '' && !value.endsWith('-') : /^[A-Z0-9]$/.test(text)),
  insert: (value, text) => value + text,
  erase: (value) => value.slice(0, -1),
  limitFor: () => MAX_LENGTH,
  // Empty is allowed: it searches without a number.
  validate: () => ({ ok: true }),
};
