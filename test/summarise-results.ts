// Prints one closing line over both runners, "N passed, N failed", so CI reads a count
// rather than guessing from two runners' own formats.
import { existsSync, readFileSync } from 'node:fs';

interface VitestJson { numPassedTests: number; numFailedTests: number; numPendingTests: number }
interface PlaywrightJson { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }

let passed = 0;
let failed = 0;
let skipped = 0;
const missing: string[] = [];

const vitestFile = 'test-results/vitest.json';
if (existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, 'utf8')) as VitestJson;
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests;
} else missing.push('vitest');

const playwrightFile = 'test-results/playwright.json';
if (existsSync(playwrightFile)) {
  const p = JSON.parse(readFileSync(playwrightFile, 'utf8')) as PlaywrightJson;
  passed += p.stats.expected + p.stats.flaky;
  failed += p.stats.unexpected;
  skipped += p.stats.skipped;
} else missing.push('playwright');

if (missing.length) console.log(`results missing from: ${missing.join(', ')}`);
console.log(`${passed} passed, ${failed + missing.length} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed + missing.length > 0 ? 1 : 0);
