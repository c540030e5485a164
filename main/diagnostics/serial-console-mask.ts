// Masking for the technician's serial console, applied in main before a byte or a parsed value
// goes anywhere. What identifies a person is hidden; what tells a technician why a read failed
// (line endings, STX/ETX, '<' fillers, bytes no reader should send) stays visible.
import type { MrzParseResult } from '../../hardware/id-reader/mrz-types.js';
import { CONSOLE_MASK, type ConsoleDeviceId, type ConsoleEntry } from '../contract/tech-console-schemas.js';
import { CR, ETX, LF, STX } from '../../hardware/serial/control-bytes.js';

/** A badge id is 10 hex digits; the console shows its last 2. */
const BADGE_VISIBLE_FROM = 8;
const BADGE_ID_LENGTH = 10;
export const BADGE_VISIBLE_TAIL = 2;
export const CODE_VISIBLE_TAIL = 4;

const isAlnum = (b: number): boolean => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
const isPrintable = (b: number): boolean => b >= 0x20 && b <= 0x7e;

/** Decides, byte by byte, what is hidden; one per open console, fed the device's bytes in order. */
export interface ByteMasker {
  /** One flag per byte of `segment`: true = masked. */
  mask(segment: Uint8Array): boolean[];
}

/**
 * ID reader: every letter and digit (the MRZ alphabet but '<'; lower case too, should a reader
 * send it). The rest of the MRZ alphabet is '<', which is framing, not data.
 */
function mrzMasker(): ByteMasker {
  return { mask: (segment) => Array.from(segment, isAlnum) };
}

/** Badge reader: inside an STX…ETX frame only id characters 9 and 10 show; outside, every letter and digit is hidden. */
function badgeMasker(): ByteMasker {
  let position = -1;
  return {
    mask: (segment) =>
      Array.from(segment, (b) => {
        if (b === STX) position = 0;
        else if (b === ETX) position = -1;
        else if (b === CR || b === LF) return false;
        else if (position >= 0) {
          const at = position++;
          return isAlnum(b) && !(at >= BADGE_VISIBLE_FROM && at < BADGE_ID_LENGTH);
        }
        return isAlnum(b);
      }),
  };
}

/**
 * Barcode scanner: a code is a run of printable bytes ended by CR or LF; only its last 4 show,
 * and never more than half of it. A run with no ending in this segment is hidden whole: its end
 * is not known yet, so neither is its tail.
 */
function codeMasker(): ByteMasker {
  return {
    mask: (segment) => {
      const flags = Array.from(segment, isPrintable);
      let runStart = -1;
      for (let i = 0; i < segment.length; i++) {
        const b = segment[i] ?? 0;
        if (isPrintable(b)) {
          if (runStart < 0) runStart = i;
          continue;
        }
        if (runStart >= 0 && (b === CR || b === LF)) {
          const length = i - runStart;
          const visible = Math.min(CODE_VISIBLE_TAIL, Math.floor(length / 2));
          for (let j = i - visible; j < i; j++) flags[j] = false;
        }
        runStart = -1;
      }
      return flags;
    },
  };
}

export function createByteMasker(deviceId: ConsoleDeviceId): ByteMasker {
  switch (deviceId) {
    case 'id-reader':
      return mrzMasker();
    case 'badge-reader':
      return badgeMasker();
    case 'barcode-scanner':
      return codeMasker();
  }
}

const hexOf = (b: number): string => b.toString(16).toUpperCase().padStart(2, '0');

function glyphOf(b: number): string {
  if (isPrintable(b)) return String.fromCharCode(b);
  // Unicode's control pictures (␀…␟, ␡): a technician sees which control byte it was.
  if (b < 0x20) return String.fromCharCode(0x2400 + b);
  if (b === 0x7f) return '\u2421';
  return '\uFFFD';
}

/** The text and hex columns of one segment, masked bytes shown as the mask character. */
export function renderMasked(segment: Uint8Array, masked: readonly boolean[]): { text: string; hex: string } {
  let text = '';
  const hex: string[] = [];
  segment.forEach((b, i) => {
    const hide = masked[i] ?? true;
    text += hide ? CONSOLE_MASK : glyphOf(b);
    hex.push(hide ? CONSOLE_MASK.repeat(2) : hexOf(b));
  });
  return { text, hex: hex.join(' ') };
}

/** Every letter and digit hidden: what is left of an MRZ value is its length and its fillers. */
export function maskMrzText(value: string): string {
  return value.replace(/[A-Za-z0-9]/g, CONSOLE_MASK);
}

/** All but the last `tail` characters hidden, and never more than half of the value shown. */
export function maskAllButTail(value: string, tail: number): string {
  const shown = Math.min(tail, Math.floor(value.length / 2));
  return CONSOLE_MASK.repeat(value.length - shown) + value.slice(value.length - shown);
}

type CardEntry = Omit<Extract<ConsoleEntry, { kind: 'card' }>, 'seq' | 'at'>;

/** The ID reader's result as the console shows it: the layout, every field masked, every verdict. */
export function maskedCard(result: MrzParseResult): CardEntry {
  const f = result.fields;
  const fields: Array<[string, string | null]> = [
    ['documentCode', f.documentCode],
    ['issuingState', f.issuingState],
    ['documentNumber', f.documentNumber],
    ['birthDate', f.birthDate?.raw ?? null],
    ['sex', f.sex],
    ['expiryDate', f.expiryDate?.raw ?? null],
    ['nationality', f.nationality],
    ['surname', f.surname],
    ['givenNames', f.givenNames],
    ['optional1', f.optional1],
    ['optional2', f.optional2],
  ];
  return {
    kind: 'card',
    format: result.format,
    ok: result.ok,
    fields: fields.map(([name, value]) => ({ name, value: value === null ? null : maskMrzText(value) })),
    checks: result.checks.map((c) => ({ field: c.field, ok: c.ok })),
    // The parser's problems name lines and fields, never their values (mrz-types.ts); masked anyway.
    problems: result.problems.map((p) => p.replace(/[0-9]{3,}/g, (d) => CONSOLE_MASK.repeat(d.length))),
  };
}
