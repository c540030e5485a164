// The office's names and public status page, as the configuration file gives them.
import { z } from 'zod';
import { officeNameTextSchema, officeNamesSchema, type OfficeNames } from '../contract/office-names.js';

export const REFERENCE_PLACEHOLDER = '{reference}';

/**
 * Per language since receipts print the Arabic and French names. A single string is what
 * configuration files written before said; it still loads, as the name in every language.
 */
export const officeNameConfigSchema = z
  .union([officeNameTextSchema, officeNamesSchema])
  .transform((name): OfficeNames => (typeof name === 'string' ? { ar: name, fr: name } : name))
  .describe(
    'Office name per language (ar and fr required, zgh and en optional), shown on screen in the citizen\'s language and printed in Arabic and French on every receipt; a single string is still accepted and used for every language',
  );

export const publicStatusUrlSchema = z
  .string()
  .max(200)
  .refine((template) => isHttpsUrl(publicStatusLink(template, 'AR-2026-000001')), {
    message: 'must be an https:// address, optionally with {reference} where the reference goes',
  })
  .refine((template) => !/^https:\/\/[^/]*@/.test(template), { message: 'must not carry a user name or password' })
  .optional()
  .describe(
    "Address of the office's public status page, printed as the receipts' QR code so a phone opens it: {reference} in it is replaced by the receipt's number (tickets: <day>_<ticket>, e.g. 2026-11-16_A-014), or without {reference} the number is appended, e.g. https://bureau.casablanca.ma/suivi/ gives https://bureau.casablanca.ma/suivi/AR-2026-000001; absent: the QR code holds BORNE/R/<number> (tickets BORNE/T/<day>/<ticket>) for the kiosk's tracking scanner; the tracking scanner reads either form",
  );

/** The status page address for one receipt number, the number URL-encoded. */
export function publicStatusLink(template: string, reference: string): string {
  const encoded = encodeURIComponent(reference);
  return template.includes(REFERENCE_PLACEHOLDER) ? template.split(REFERENCE_PLACEHOLDER).join(encoded) : `${template}${encoded}`;
}

function isHttpsUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}
