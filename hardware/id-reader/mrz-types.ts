// What parsing a machine-readable zone yields. These objects carry personal data: log them
// only through summariseMrz().

export type MrzFormat = 'TD1' | 'TD2' | 'TD3' | 'FR-ID' | 'unknown';

export interface MrzDate {
  /** The six characters as printed, YYMMDD (may hold '<' for an unknown part). */
  raw: string;
  /** Best guess at the full date (YYYY-MM-DD), null when it is not a calendar date. */
  iso: string | null;
}

/** 'X' covers both '<' (unspecified) and 'X'; '' only when the format is unknown. */
export type MrzSex = 'F' | 'M' | 'X' | '';

export interface MrzFields {
  documentCode: string;
  issuingState: string;
  documentNumber: string;
  birthDate: MrzDate | null;
  sex: MrzSex;
  /** Null for the old French ID card, which has no expiry date in its MRZ. */
  expiryDate: MrzDate | null;
  nationality: string;
  surname: string;
  givenNames: string;
  /** Opaque issuer data (TD1 line 1, TD2/TD3 optional data, FR-ID administrative code). */
  optional1: string;
  /** Opaque issuer data of TD1 line 2; empty elsewhere. */
  optional2: string;
}

export interface MrzCheck {
  field: string;
  ok: boolean;
}

export interface MrzParseResult {
  /** Every check digit matched and the layout held no impossible value. */
  ok: boolean;
  format: MrzFormat;
  fields: MrzFields;
  checks: MrzCheck[];
  failedFields: string[];
  /** Plain-language reasons, free of personal data, for a log or a technician. */
  problems: string[];
}

export interface MrzParseOptions {
  /** Reference date for the century of two-digit years; defaults to now. */
  now?: Date;
}

export function emptyMrzFields(): MrzFields {
  return {
    documentCode: '',
    issuingState: '',
    documentNumber: '',
    birthDate: null,
    sex: '',
    expiryDate: null,
    nationality: '',
    surname: '',
    givenNames: '',
    optional1: '',
    optional2: '',
  };
}
