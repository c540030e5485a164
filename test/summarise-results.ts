// Prints one closing line over both runners, "N passed, N failed", so CI reads a count
// rather than guessing from two runners' own formats; then each failed test with its file
// and the head of its message, last, because a CI log is often read from its tail only.
import { existsSync, readFileSync } from 'node:fs';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  testResults: Array<{ name: string; message?: string; assertionResults: Array<{ fullName: string; status: string; failureMessages?: string[] }> }>;
}
interface PlaywrightResult { status: string; errors: Array<{ message?: string }> }
interface PlaywrightSpec { title: string; file: string; line: number; tests: Array<{ status: string; results: PlaywrightResult[] }> }
interface PlaywrightSuite { specs?: PlaywrightSpec[]; suites?: PlaywrightSuite[] }
interface PlaywrightJson { suites: PlaywrightSuite[]; stats: { expected: number; unexpected: number; flaky: number; skipped: number } }

const MESSAGE_LINES = 6;
const head = (text: string): string =>
  text.replace(/\u001b\[[0-9;]*m/g, '').split('\n').slice(0, MESSAGE_LINES).map((l) => `    ${l}`).join('\n');

let passed = 0;
let failed = 0;
let skipped = 0;
const missing: string[] = [];
const failures: string[] = [];

const vitestFile = 'test-results/vitest.json';
if (existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, 'utf8')) as VitestJson;
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests;
  for (const file of v.testResults) {
    const where = file.name.replace(`${process.cwd()}/`, '');
    const failedHere = file.assertionResults.filter((a) => a.status === 'failed');
    for (const a of failedHere) failures.push(`- vitest ${where} › ${a.fullName}\n${head((a.failureMessages ?? []).join('\n'))}`);
    // A file that failed to load has no test results, only its message.
    if (!failedHere.length && file.message) failures.push(`- vitest ${where}\n${head(file.message)}`);
  }
} else missing.push('vitest');

function* specsOf(suites: PlaywrightSuite[]): Generator<PlaywrightSpec> {
  for (const s of suites) {
    yield* s.specs ?? [];
    yield* specsOf(s.suites ?? []);
  }
}

const playwrightFile = 'test-results/playwright.json';
if (existsSync(playwrightFile)) {
  const p = JSON.parse(readFileSync(playwrightFile, 'utf8')) as PlaywrightJson;
  passed += p.stats.expected + p.stats.flaky;
  failed += p.stats.unexpected;
  skipped += p.stats.skipped;
  for (const spec of specsOf(p.suites)) {
    for (const t of spec.tests) {
      if (t.status !== 'unexpected') continue;
      const message = t.results.flatMap((r) => r.errors.map((e) => e.message ?? '')).join('\n');
      failures.push(`- playwright ${spec.file}:${spec.line} › ${spec.title}\n${head(message)}`);
    }
  }
} else missing.push('playwright');

if (missing.length) console.log(`results missing from: ${missing.join(', ')}`);
console.log(`${passed} passed, ${failed + missing.length} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (failures.length) console.log(`failed:\n${failures.join('\n')}`);
process.exit(failed + missing.length > 0 ? 1 : 0);
