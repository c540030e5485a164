// A bad cable, a reader set to the wrong speed, a scanner with a stuck trigger: 30 s of random
// bytes on the ID reader, the scanner and the badge reader at once, over the real socat
// pseudo-terminals, into the real kiosk process. It must stay up, its memory and its log must
// not grow with the noise, and the next real card, barcode and badge must each work.
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { holdBadge } from '../../hardware/simulators/badge-holder.js';
import { MRZ_SPECIMENS } from '../../hardware/simulators/mrz-specimens.js';
import type { SerialDeviceSimulator } from '../../hardware/simulators/serial-device-simulator.js';
import { kioskTest } from './support/kiosk-fixture.js';

const test = kioskTest({ defaultLanguage: 'fr' });
const { expect } = test;

const NOISE_MS = 30_000;
/** Per device, about ten times what a 115200-baud line can carry. */
const BYTES_PER_SECOND = 128 * 1024;
const CHUNK = 4096;
/**
 * Every noise byte kept in memory (a line buffer, a queue of reads nobody takes) would add at
 * least as much as was sent, ~11 MB, and several times that as JS values; garbage collection
 * of what is only passing through stays well below this.
 */
const MAX_RSS_GROWTH_KB = 48 * 1024;
/**
 * A repeated warning is written once, then summarised once a minute per device and reason:
 * a few lines per device and reason, never one per read.
 */
const MAX_NOISE_LOG_LINES = 60;

function rssKb(pid: number): number {
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m?.[1]) throw new Error(`no VmRSS for process ${pid}`);
  return Number(m[1]);
}

function logLines(dataDir: string): number {
  const dir = join(dataDir, 'logs');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.log'))
    .reduce((n, f) => n + readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim() !== '').length, 0);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Random bytes at a steady rate until `until`; returns how many were written. */
async function noise(device: SerialDeviceSimulator, until: number): Promise<number> {
  const started = Date.now();
  let sent = 0;
  while (Date.now() < until) {
    await device.write(randomBytes(CHUNK));
    sent += CHUNK;
    const due = started + (sent / BYTES_PER_SECOND) * 1000;
    if (due > Date.now()) await sleep(due - Date.now());
  }
  return sent;
}

test('30 s of random bytes on the three serial devices at once: the kiosk stays up and bounded, and the next real reads work', async ({ kioskPage: page, kiosk }, testInfo) => {
  test.setTimeout(150_000);
  // Let the start-up writes settle, so what is counted next is the noise's doing.
  await sleep(1500);
  const rssBefore = rssKb(kiosk.pid);
  const linesBefore = logLines(kiosk.dataDir);

  const until = Date.now() + NOISE_MS;
  const sent = await Promise.all([noise(kiosk.idReader, until), noise(kiosk.scanner, until), noise(kiosk.badgeReader, until)]);
  const rssAfter = rssKb(kiosk.pid);
  // The logger batches its writes; give it the moment it takes to flush.
  await sleep(1500);
  const noiseLines = logLines(kiosk.dataDir) - linesBefore;
  const figures = {
    bytesSent: { idReader: sent[0], scanner: sent[1], badgeReader: sent[2], total: sent.reduce((a, b) => a + b, 0) },
    rssKb: { before: rssBefore, after: rssAfter, growth: rssAfter - rssBefore },
    logLinesDuringNoise: noiseLines,
  };
  console.info(`serial noise figures: ${JSON.stringify(figures)}`);
  await testInfo.attach('serial-noise-figures', { body: JSON.stringify(figures, null, 2), contentType: 'application/json' });

  expect(existsSync(`/proc/${kiosk.pid}`), 'the kiosk process is alive').toBe(true);
  expect(figures.bytesSent.total).toBeGreaterThan(3 * BYTES_PER_SECOND * (NOISE_MS / 1000) * 0.5);
  expect(rssAfter - rssBefore).toBeLessThan(MAX_RSS_GROWTH_KB);
  expect(noiseLines).toBeLessThanOrEqual(MAX_NOISE_LOG_LINES);

  // The screen still answers, and each device's next real read goes through.
  await page.goto(kiosk.kioskUrl);
  await expect(page.getByTestId('attract-screen')).toBeVisible();

  // A clerk's badge opens the staff sign-in.
  await holdBadge(kiosk.badgeReader, '0F00A1B2C3');
  await expect(page.getByTestId('staff-pin-screen')).toBeVisible();
  await page.getByTestId('pin-cancel').tap();
  await expect(page.getByTestId('attract-screen')).toBeVisible();

  // A tax notice's barcode shows the notice.
  await page.getByTestId('lang-fr').tap();
  await page.getByTestId('tile-tax').tap();
  await expect(page.getByTestId('tax-scan-step')).toBeVisible();
  await kiosk.scanner.write('TSC-2026-000123\r\n');
  await expect(page.getByTestId('tax-notice-reference')).toHaveText('TSC-2026-000123');
  await page.getByTestId('home-button').tap();

  // An ID card shows its holder.
  await page.getByTestId('tile-civil-status').tap();
  await page.getByTestId('privacy-accept').tap();
  await expect(page.getByTestId('civil-identity')).toBeVisible();
  await kiosk.idReader.writeMrz(MRZ_SPECIMENS['mar-cnie-td1'].lines, 'crlf');
  await expect(page.getByTestId('identity-name')).toHaveText('FATIMA ZAHRA BENALI');
});
