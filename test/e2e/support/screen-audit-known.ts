// Layout findings of the screen audit that are known, described and not yet fixed: each names
// where it shows and why it is left. The audit fails on any finding not listed here, and on an
// entry that no longer matches anything in its language (it was fixed: remove it), so this
// list can only shrink. Empty is the goal.
export interface KnownFinding {
  /** The languages whose audit shows it. */
  readonly langs: readonly string[];
  /** Matched against the whole finding line: "lang/viewport/settings/screen: problem". */
  readonly pattern: RegExp;
  /** What the citizen sees, and what fixing it needs. */
  readonly why: string;
}

export const KNOWN_FINDINGS: readonly KnownFinding[] = [];

export function splitKnown(lang: string, findings: readonly string[]): { unknown: string[]; known: string[]; stale: string[] } {
  const entries = KNOWN_FINDINGS.filter((k) => k.langs.includes(lang));
  const known = findings.filter((f) => entries.some((k) => k.pattern.test(f)));
  const unknown = findings.filter((f) => !known.includes(f));
  const stale = entries.filter((k) => !findings.some((f) => k.pattern.test(f))).map((k) => `${k.pattern.source} (${k.why})`);
  return { unknown, known, stale };
}
