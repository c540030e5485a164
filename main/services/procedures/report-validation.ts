// A report is checked field by field so that the screen can point at the one to fix, with
// everything else the citizen typed still in place.
import {
  type Places,
  REPORT_CATEGORY_IDS,
  REPORT_DESCRIPTION_MAX_LENGTH,
  REPORT_LANDMARK_MAX_LENGTH,
  type ReportSubmit,
  type ReportSubmitResult,
} from '../../contract/kiosk-contract.js';
import type { ReportInput } from '../../office/office-schemas.js';

export type ReportField = NonNullable<Extract<ReportSubmitResult, { outcome: 'refused' }>['field']>;
export type ReportCategory = (typeof REPORT_CATEGORY_IDS)[number];

export type ReportCheck =
  | { ok: true; body: Omit<ReportInput, 'kioskReference'> & { category: ReportCategory }; phone: string | undefined }
  | { ok: false; field: ReportField };

/** 06 12 34 56 78, 0712345678, +212 6 12 34 56 78 or 00212...: a Moroccan mobile, as +2126XXXXXXXX. */
export function normaliseMoroccanMobile(typed: string): string | undefined {
  const compact = typed.replace(/[\s.\-()]/g, '');
  const national = /^0([67]\d{8})$/.exec(compact) ?? /^(?:\+|00)212([67]\d{8})$/.exec(compact);
  return national ? `+212${national[1]}` : undefined;
}

function isCategory(value: string): value is ReportCategory {
  return (REPORT_CATEGORY_IDS as readonly string[]).includes(value);
}

export function checkReport(input: ReportSubmit, places: Places): ReportCheck {
  if (!isCategory(input.category)) return { ok: false, field: 'category' };
  const arrondissement = places.find((a) => a.id === input.place.arrondissementId);
  if (!arrondissement?.neighbourhoods.some((n) => n.id === input.place.neighbourhoodId)) return { ok: false, field: 'place' };
  const landmark = input.place.landmark.trim();
  if (landmark.length > REPORT_LANDMARK_MAX_LENGTH) return { ok: false, field: 'landmark' };
  const description = input.description.trim();
  if (description.length < 1 || description.length > REPORT_DESCRIPTION_MAX_LENGTH) return { ok: false, field: 'description' };

  let phone: string | undefined;
  // An empty phone field with no consent ticked is "no contact": the citizen skipped it.
  const contact = input.contact;
  if (contact && (contact.phone.trim() !== '' || contact.smsConsent)) {
    phone = normaliseMoroccanMobile(contact.phone);
    if (!phone) return { ok: false, field: 'phone' };
    if (!contact.smsConsent) return { ok: false, field: 'smsConsent' };
  }
  return {
    ok: true,
    phone,
    body: {
      kind: input.kind,
      category: input.category,
      place: { arrondissementId: arrondissement.id, neighbourhoodId: input.place.neighbourhoodId, landmark },
      description,
      ...(phone ? { contact: { phone, smsConsent: true as const } } : {}),
    },
  };
}
