// `npm run bench` (after `npm run build`): prints the figures README quotes. Not a test: it
// asserts nothing and its numbers depend on the machine.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { startKiosk } from '../e2e/support/kiosk-under-test.js';
import { benchJournal, journalFigureLines } from './journal-bench.js';
import { benchJournalPrint, journalPrintFigureLines } from './journal-print-bench.js';
import { benchMrzToScreen } from './mrz-to-screen.js';
import { benchOutboxDrain } from './outbox-drain-bench.js';
import { benchSubmitToPrint } from './submit-print-bench.js';
import { benchTechnician, techFigureLines } from './tech-bench.js';
import { benchFuzz, fuzzFigureLines } from './fuzz-bench.js';
import { median } from './bench-stats.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;

async function coldStart(browser: Browser, runs: number): Promise<{ times: number[]; toReady: number[] }> {
  const times: number[] = [];
  const toReady: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const t0 = performance.now();
    const kiosk = await startKiosk();
    toReady.push(performance.now() - t0);
    await page.goto(kiosk.kioskUrl);
    await page.getByTestId('start-button').waitFor({ state: 'visible' });
    await page.waitForFunction(() => !(document.querySelector('[data-testid="start-button"]') as HTMLButtonElement | null)?.disabled);
    times.push(performance.now() - t0);
    await page.close();
    await kiosk.stop();
  }
  return { times, toReady };
}

async function tapToLastByte(browser: Browser, runs: number): Promise<{ times: number[]; rssMb: number }> {
  const kiosk = await startKiosk({ idle: { warningAfterSeconds: 600, resetAfterWarningSeconds: 60, resultScreenSeconds: 120 } });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
  await page.goto(kiosk.kioskUrl);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    await page.getByTestId('lang-ar').tap();
    await page.getByTestId('tile-ticket').tap();
    const before = kiosk.printer.jobs.length;
    const service = page.getByTestId('service-civil-status');
    await service.waitFor();
    const t0 = Date.now();
    await service.tap();
    const job = await kiosk.printer.waitForJob(10_000);
    while (kiosk.printer.jobs.length <= before) await new Promise((r) => setTimeout(r, 5));
    times.push(job.at.getTime() - t0);
    await page.getByTestId('done-button').tap();
  }
  const rssMb = await processRssMb(kiosk.output());
  await page.close();
  await kiosk.stop();
  return { times, rssMb };
}

async function processRssMb(_output: string): Promise<number> {
  // The browser shell is a child process; its resident memory is read from /proc.
  const { execSync } = await import('node:child_process');
  const pid = execSync("pgrep -f 'dist/main/browser-shell.cjs' | head -1").toString().trim();
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

function bundleSizes(): { jsCssGzipKb: number; fontsKb: number } {
  const dir = join(ROOT, 'dist/renderer/assets');
  let gz = 0;
  let fonts = 0;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (/\.(js|css)$/.test(name)) gz += gzipSync(readFileSync(file)).length;
    else if (/\.(woff2?|ttf)$/.test(name)) fonts += statSync(file).size;
  }
  return { jsCssGzipKb: gz / 1024, fontsKb: fonts / 1024 };
}

const browser = await chromium.launch({ executablePath: process.env.BORNE_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const cold = await coldStart(browser, 5);
  const print = await tapToLastByte(browser, 20);
  const sizes = bundleSizes();
  const submit = await benchSubmitToPrint(20);
  const drain = await benchOutboxDrain(1000);
  const mrz = await benchMrzToScreen({ samples: 15 });
  const journal = await benchJournal();
  const journalPrint = await benchJournalPrint();
  const tech = await benchTechnician(10);
  // Seconds per parser (14 of them); BORNE_FUZZ_SECONDS=0 skips the fuzzing.
  const fuzzSeconds = Number(process.env.BORNE_FUZZ_SECONDS ?? 20);
  const fuzz = fuzzSeconds > 0 ? await benchFuzz(fuzzSeconds) : [];
  console.log('Borne benchmarks');
  console.log(`browser-shell cold start -> interactive attract screen: median ${fmt(median(cold.times))} (runs: ${cold.times.map(fmt).join(', ')})`);
  console.log(`  of which: simulators + process start -> ready line: median ${fmt(median(cold.toReady))}; page load -> interactive: median ${fmt(median(cold.times) - median(cold.toReady))}`);
  console.log(`tap on a service -> last byte at the virtual printer (Arabic ticket, 80 mm): median ${fmt(median(print.times))}, min ${fmt(Math.min(...print.times))}, max ${fmt(Math.max(...print.times))} over ${print.times.length}`);
  console.log(`browser-shell resident memory after ${print.times.length} tickets: ${print.rssMb.toFixed(0)} MB`);
  console.log(
    `last MRZ line on the serial port -> identity on screen (TD1 card, socat pseudo-terminal): median ${fmt(mrz.medianMs)}, min ${fmt(Math.min(...mrz.samples))}, max ${fmt(Math.max(...mrz.samples))} over ${mrz.samples.length}`,
  );
  console.log(
    `civil-status submit -> last byte of the receipt at the virtual printer (backend up, embedded office server): median ${fmt(median(submit.toLastByteMs))}, min ${fmt(Math.min(...submit.toLastByteMs))}, max ${fmt(Math.max(...submit.toLastByteMs))} over ${submit.toLastByteMs.length} (the screen has its answer, after the print: median ${fmt(median(submit.toAnswerMs))}; backend receipts, not pending: ${submit.delivered}/${submit.toLastByteMs.length})`,
  );
  console.log(
    `outbox drain after ${drain.items} queued submissions (backend back up): ${drain.itemsPerSecond.toFixed(0)} items/s, ${(drain.drainMs / 1000).toFixed(1)} s in all; each delivered exactly once: ${drain.deliveredOnce ? 'yes' : 'NO'} (queuing them took ${(drain.enqueueMs / 1000).toFixed(1)} s)`,
  );
  for (const line of journalFigureLines(journal)) console.log(line);
  for (const line of journalPrintFigureLines(journalPrint)) console.log(line);
  for (const line of techFigureLines(tech)) console.log(line);
  for (const line of fuzz.length ? fuzzFigureLines(fuzz) : []) console.log(line);
  console.log(`renderer bundle (JS + CSS) gzipped: ${sizes.jsCssGzipKb.toFixed(1)} KiB; fonts shipped: ${sizes.fontsKb.toFixed(0)} KiB`);
} finally {
  await browser.close();
}
