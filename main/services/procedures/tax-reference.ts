// A tax notice reference as typed (any case, stray spaces) or scanned (the notice's barcode
// may carry more than the reference: a prefix, a URL, an amount). Either way the kiosk asks
// the office for the reference alone, in the backend's format (TSC-2026-000123).
import { taxReferenceSchema } from '../../office/office-schemas.js';

const EMBEDDED_REFERENCE = /(?:^|[^A-Z0-9])([A-Z]{2,4}-\d{4}-\d{6})(?![0-9])/;

export function normaliseTaxReference(input: string): string | undefined {
  const upper = input.trim().toUpperCase();
  const direct = upper.replace(/\s+/g, '');
  if (taxReferenceSchema.safeParse(direct).success) return direct;
  const found = EMBEDDED_REFERENCE.exec(upper)?.[1];
  return found && taxReferenceSchema.safeParse(found).success ? found : undefined;
}
