// Entry point for MRZ text: normalises what a reader sent, recognises the layout by line
// count and length, verifies every check digit. Pure: same lines (and `now`) give the same
// result, and it never throws, whatever it is fed.
import { looksLikeFrenchId, parseFrenchId } from './mrz-fr-id.js';
import { parseTd1, type LayoutParse } from './mrz-td1.js';
import { parseTwoLine } from './mrz-two-line.js';
import { emptyMrzFields, type MrzFormat, type MrzParseOptions, type MrzParseResult } from './mrz-types.js';

export type { MrzParseResult, MrzFields, MrzDate, MrzFormat, MrzSex, MrzCheck } from './mrz-types.js';

const MRZ_CHARS = /^[A-Z0-9<]*$/;

/** Trims, drops spaces and the '_' some readers pad with, and drops lines left empty. */
export function normaliseMrzLines(lines: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (typeof line !== 'string') continue;
    const clean = line.replace(/[\s_]+/g, '');
    if (clean !== '') out.push(clean);
  }
  return out;
}

function unknown(problem: string): MrzParseResult {
  return { ok: false, format: 'unknown', fields: emptyMrzFields(), checks: [], failedFields: [], problems: [problem] };
}

function detect(lines: readonly string[]): MrzFormat {
  const lengths = lines.map((l) => l.length).join(',');
  if (lengths === '30,30,30') return 'TD1';
  if (lengths === '44,44') return 'TD3';
  if (lengths === '36,36') return looksLikeFrenchId(lines[0] ?? '', lines[1] ?? '') ? 'FR-ID' : 'TD2';
  return 'unknown';
}

function parseLayout(format: Exclude<MrzFormat, 'unknown'>, lines: readonly string[], now: Date): LayoutParse {
  const [l1 = '', l2 = '', l3 = ''] = lines;
  switch (format) {
    case 'TD1':
      return parseTd1(l1, l2, l3, now);
    case 'TD2':
    case 'TD3':
      return parseTwoLine(format, l1, l2, now);
    case 'FR-ID':
      return parseFrenchId(l1, l2, now);
  }
}

export function parseMrz(lines: readonly string[], options: MrzParseOptions = {}): MrzParseResult {
  try {
    if (!Array.isArray(lines)) return unknown('input is not a list of lines');
    const normalised = normaliseMrzLines(lines);
    const format = detect(normalised);
    if (format === 'unknown') {
      const shape = normalised.map((l) => l.length).join('+') || 'nothing';
      return unknown(`no MRZ layout has lines of ${shape} characters`);
    }
    const now = options.now ?? new Date();
    const parsed = parseLayout(format, normalised, now);
    const problems: string[] = [];
    normalised.forEach((line, i) => {
      if (!MRZ_CHARS.test(line)) problems.push(`line ${i + 1} holds characters outside A-Z, 0-9 and <`);
    });
    problems.push(...parsed.problems);
    const checks = parsed.recorder.checks;
    const failedFields = checks.filter((c) => !c.ok).map((c) => c.field);
    return {
      ok: failedFields.length === 0 && problems.length === 0,
      format,
      fields: parsed.fields,
      checks,
      failedFields,
      problems,
    };
  } catch {
    // Defensive only: the layouts above index strings safely, but a reader must never crash the kiosk.
    return unknown('the MRZ could not be decoded');
  }
}
