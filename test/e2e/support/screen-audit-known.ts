// Layout findings of the screen audit that are known, described and not yet fixed: each names
// where it shows and why it is left. The audit fails on any finding not listed here, so this
// list can only shrink. Empty is the goal. An entry that matched nothing in a language's run is
// reported beside the result (a screen's settings differ from run to run with the schedule's
// language offset, so one quiet run does not prove it fixed); remove it once it stays quiet.
export interface KnownFinding {
  /** The languages whose audit shows it. */
  readonly langs: readonly string[];
  /** Matched against the whole finding line: "lang/viewport/settings/screen: problem". */
  readonly pattern: RegExp;
  /** What the citizen sees, and what fixing it needs. */
  readonly why: string;
}

const ALL = ['ar', 'fr', 'zgh', 'en'];

export const KNOWN_FINDINGS: readonly KnownFinding[] = [
  {
    langs: ALL,
    pattern: /\/(keyboard-reference|tracking-not-found): button\[(tax|tracking)-(lookup|use-scanner)\] "[^"]*": text \d+ px taller than the box of (div|section\[(tax|tracking)-type-step\])$/,
    why:
      'Typing a tax reference or a tracking number on 1366x768 and 1280x1024 in large text or low reach: the Find and "use the code reader" ' +
      'buttons stacked beside the keys are taller than the column the keys leave them and reach past it. Both stay whole and touchable. ' +
      'Fix: on short screens, one row of the two buttons above the keys.',
  },
  {
    langs: ALL,
    pattern: /\/1366x768\/[^/]*\+low-reach\/tracking-status: [^:]*: text \d+ px taller than the box of section\[tracking-status-step\]$/,
    why:
      'Tracking status on 1366x768 in large text with low reach: the title with the request number reaches past the step by about 30 px ' +
      'into the gap above the status card. Fix: the status card in a scrolling box like the other result screens.',
  },
  {
    langs: ALL,
    pattern: /\/1366x768\/large\+[^/]*\/(legal-ticket|ticket-result): div "[^"]*" scrolls with no visible scroll cue$/,
    why:
      'Ticket result on 1366x768 in large text: the box with the printing message and the printer slot picture scrolls by a few pixels ' +
      'and its cue does not show. The Finish button and the number are in view. Fix: find why the cue misses this box (it is rendered ' +
      'while the print status changes) or give the box the few pixels it lacks.',
  },
  {
    langs: ['zgh'],
    pattern: /^zgh\/1080x1920\/[^:]*\/keyboard-reference: span "ⴰⵙⴽⴽⵉⵍ ⴰⵎⵇⵔⴰⵏ": text \d+ px taller than the box of button\[key-shift\]$/,
    why: 'The Tifinagh words of the Shift key take two lines in portrait in large text and reach 7 px past the key. Fix: a shorter word or the pictogram alone there.',
  },
];

export function splitKnown(lang: string, findings: readonly string[]): { unknown: string[]; known: string[]; stale: string[] } {
  const entries = KNOWN_FINDINGS.filter((k) => k.langs.includes(lang));
  const known = findings.filter((f) => entries.some((k) => k.pattern.test(f)));
  const unknown = findings.filter((f) => !known.includes(f));
  const stale = entries.filter((k) => !findings.some((f) => k.pattern.test(f))).map((k) => `${k.pattern.source} (${k.why})`);
  return { unknown, known, stale };
}
