// The audit log stores what was done as short machine words ("wrong-pin attempts-left=4",
// "number=A-014 state=pending"), the same in every language so the CSV an auditor reads does
// not depend on the clerk's screen. On the screen they are told in the clerk's language.
import type { TFunction } from 'i18next';
import { formatWallClock } from '../../i18n/locale-format.js';

const LTR_ISOLATE = '\u2066';
const POP_ISOLATE = '\u2069';

const FAILURE_KEYS: Record<string, string> = {
  'paper-out': 'paperOut',
  offline: 'offline',
  'cover-open': 'coverOpen',
  'cutter-error': 'cutterError',
  error: 'error',
};

/** Words known to the screen; anything else (a receipt number, a file name) is shown as it is. */
const WORDS = new Set([
  'ok',
  'shown',
  'printed',
  'not-found',
  'damaged',
  'invalid',
  'failed',
  'written',
  'all',
  'next-page',
  'signed-out',
  'idle',
  'badge',
  'replaced',
  'unknown-badge',
  'unreadable-badge',
  'wrong-pin',
  'locked',
  'invalid-pin',
  'not-digits',
  'length',
]);

/** Keys whose value is itself a word to translate, not a number or a name. */
const KEYS = new Set(['number', 'from', 'to', 'service', 'state', 'found', 'attempts-left', 'reprint', 'printed', 'remaining', 'stopped-by', 'rows', 'file', 'id']);

/** `language`: the screen's, for days ("2026-12-07" in the log) told as that language writes them. */
export function auditDetailWords(text: string, t: TFunction, language: string): string {
  const tokens = text.match(/\([^)]*\)|\S+/g) ?? [];
  return tokens
    .map((token) => wordFor(token, t, language))
    .filter((word) => word.length > 0)
    .join(' · ');
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function wordFor(token: string, t: TFunction, language: string): string {
  if (token.startsWith('(')) return `${LTR_ISOLATE}${token}${POP_ISOLATE}`;
  if (token.startsWith('not-printed:')) return t('staff.audit.words.not-printed', { reason: failureWords(token.slice('not-printed:'.length), t) });
  const eq = token.indexOf('=');
  if (eq > 0) {
    const key = token.slice(0, eq);
    const value = token.slice(eq + 1);
    // The lock's end is already told by the row's time and the lock rule; an ISO instant helps nobody here.
    if (key === 'until') return '';
    if (!KEYS.has(key)) return token;
    return t(`staff.audit.words.keys.${key}`, { value: valueWords(key, value, t, language) });
  }
  if (DAY.test(token)) return formatWallClock(token, language, 'date');
  return WORDS.has(token) ? t(`staff.audit.words.${token}`) : token;
}

function valueWords(key: string, value: string, t: TFunction, language: string): string {
  if (key === 'service') return t(`services.${value}.name`, { defaultValue: value });
  if (key === 'state') return t(`staff.journal.states.${value}`, { defaultValue: value });
  if (key === 'stopped-by') return failureWords(value, t);
  if (DAY.test(value)) return formatWallClock(value, language, 'date');
  // Receipt numbers and file names keep their left-to-right order inside Arabic text.
  return `${LTR_ISOLATE}${value}${POP_ISOLATE}`;
}

function failureWords(reason: string, t: TFunction): string {
  const key = FAILURE_KEYS[reason];
  return key ? t(`staff.printFailure.${key}`) : reason;
}
