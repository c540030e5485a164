// Runs every property of test/property far beyond CI's case counts: up to a million cases per
// parser, or as many as fit in its time budget, and prints cases per second. A failure is
// printed with fast-check's seed and path so that it can be replayed in the vitest suite.
// Standalone: `npx tsx test/bench/fuzz-bench.ts [seconds per parser]`; also run by `npm run bench`.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { BADGE_PROPERTIES } from '../property/badge.properties.js';
import { CONFIG_PROPERTIES } from '../property/config.properties.js';
import { CONTRACT_PROPERTIES } from '../property/contract.properties.js';
import { ESCPOS_DECODER_PROPERTIES } from '../property/escpos-decoder.properties.js';
import { MRZ_PROPERTIES } from '../property/mrz.properties.js';
import { PRINTER_STATUS_PROPERTIES } from '../property/printer-status.properties.js';
import type { PropertySpec } from '../property/property-spec.js';
import { SCANNER_PROPERTIES } from '../property/scanner.properties.js';
import { SERIAL_FRAMING_PROPERTIES } from '../property/serial-framing.properties.js';

export const ALL_PROPERTIES: readonly PropertySpec[] = [
  ...MRZ_PROPERTIES,
  ...SERIAL_FRAMING_PROPERTIES,
  ...BADGE_PROPERTIES,
  ...PRINTER_STATUS_PROPERTIES,
  ...SCANNER_PROPERTIES,
  ...ESCPOS_DECODER_PROPERTIES,
  ...CONTRACT_PROPERTIES,
  ...CONFIG_PROPERTIES,
];

export const MAX_CASES_PER_PARSER = 1_000_000;

export interface ParserFuzzFigure {
  parser: string;
  /** Cases CI runs (sum of the properties' runs). */
  ciCases: number;
  cases: number;
  seconds: number;
  failures: string[];
}

/** Runs each parser's properties for at most `secondsPerParser`, shared among them. */
export async function benchFuzz(secondsPerParser: number, seed = Date.now(), progress: (line: string) => void = () => undefined): Promise<ParserFuzzFigure[]> {
  const parsers = [...new Set(ALL_PROPERTIES.map((p) => p.parser))];
  const figures: ParserFuzzFigure[] = [];
  for (const parser of parsers) {
    const specs = ALL_PROPERTIES.filter((p) => p.parser === parser);
    const figure: ParserFuzzFigure = { parser, ciCases: specs.reduce((n, s) => n + s.runs, 0), cases: 0, seconds: 0, failures: [] };
    for (const spec of specs) {
      const budgetMs = (secondsPerParser * 1000) / specs.length;
      const t0 = performance.now();
      const details = await fc.check(spec.build(), {
        numRuns: Math.floor(MAX_CASES_PER_PARSER / specs.length),
        seed,
        interruptAfterTimeLimit: budgetMs,
        markInterruptAsFailure: false,
      });
      figure.seconds += (performance.now() - t0) / 1000;
      progress(`  ${parser}: ${details.numRuns} cases of "${spec.name}" in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      figure.cases += details.numRuns;
      if (details.failed) {
        figure.failures.push(`${spec.name}: seed ${details.seed}, path ${details.counterexamplePath ?? '?'}: ${JSON.stringify(details.counterexample)?.slice(0, 300)}`);
      }
    }
    figures.push(figure);
  }
  return figures;
}

export function fuzzFigureLines(figures: readonly ParserFuzzFigure[]): string[] {
  const lines = figures.map(
    (f) =>
      `fuzz ${f.parser}: ${f.cases.toLocaleString('en')} cases in ${f.seconds.toFixed(1)} s (${Math.round(f.cases / f.seconds).toLocaleString('en')} cases/s; CI runs ${f.ciCases.toLocaleString('en')})${f.failures.length ? ` FAILED: ${f.failures.join(' | ')}` : ''}`,
  );
  const total = figures.reduce((n, f) => n + f.cases, 0);
  const ci = figures.reduce((n, f) => n + f.ciCases, 0);
  lines.push(`fuzz total: ${total.toLocaleString('en')} cases, ${figures.filter((f) => f.failures.length).length} parser(s) failing (CI runs ${ci.toLocaleString('en')} cases)`);
  return lines;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const seconds = Number(process.argv[2] ?? 60);
  const figures = await benchFuzz(seconds, Date.now(), (line) => console.error(line));
  for (const line of fuzzFigureLines(figures)) console.log(line);
  process.exitCode = figures.some((f) => f.failures.length) ? 1 : 0;
}
