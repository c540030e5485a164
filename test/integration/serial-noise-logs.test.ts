// A reader fed garbage at full speed over a real pseudo-terminal, logging through the kiosk's own
// logger into real files: the log stays a few lines long, the earlier days' files are untouched,
// and the next real card still reads.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IdCardEvent } from '../../hardware/id-reader/id-reader.js';
import { SerialIdReader } from '../../hardware/id-reader/id-reader-serial.js';
import { MRZ_SPECIMENS } from '../../hardware/simulators/mrz-specimens.js';
import { createLogger } from '../../main/logging/create-logger.js';
import { SerialDeviceSimulator, sleep, waitUntil } from '../helpers/socat-pty.js';

const BURST_MS = 5000;
const EARLIER_DAYS = ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25'];
/**
 * The bound: a repeated warning is written once, then summarised once per interval (60 s, so
 * once here): two lines per distinct (device, message, reason), plus the port opening. The
 * reader's reasons for an unreadable document are a handful; 40 leaves room for all of them.
 */
const MAX_LINES = 40;

const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

describe('serial noise and the logs', () => {
  it(`keeps ${BURST_MS / 1000} s of random bytes on the ID reader to at most ${MAX_LINES} log lines, earlier days intact, the next card read`, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'borne-noise-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const logsDir = path.join(dir, 'logs');
    const logger = createLogger({ dir: logsDir, echoToStderr: false, rotation: { maxFileBytes: 64 * 1024, keepDays: 30 } });
    // A week of earlier logs a technician may still need.
    const { mkdirSync } = await import('node:fs');
    mkdirSync(logsDir, { recursive: true });
    for (const day of EARLIER_DAYS) writeFileSync(path.join(logsDir, `kiosk-${day}.log`), `{"level":30,"msg":"a day of work on ${day}"}\n`);

    const sim = await SerialDeviceSimulator.start({ dir, name: 'id-reader' });
    cleanup.push(() => sim.stop());
    const reader = new SerialIdReader({ path: sim.devicePath, baudRate: 9600, interLineTimeoutMs: 300, reopenIntervalMs: 150 }, logger.child({ part: 'hardware' }));
    cleanup.push(() => reader.close());
    const cards: IdCardEvent[] = [];
    reader.on('card', (e) => cards.push(e));
    await reader.open();

    let sent = 0;
    const until = Date.now() + BURST_MS;
    while (Date.now() < until) {
      const chunk = randomBytes(4096);
      await sim.write(chunk);
      sent += chunk.length;
    }
    await sleep(500); // the reader's inter-line timeout ends the last garbage
    logger.flush();
    const today = readdirSync(logsDir).filter((f) => !EARLIER_DAYS.some((d) => f.includes(d)));
    const lines = today.flatMap((f) => readFileSync(path.join(logsDir, f), 'utf8').trim().split('\n')).filter((l) => l !== '');
    // Figures for the report (bytes sent, lines written).
    console.info(`noise: ${sent} bytes in ${BURST_MS} ms -> ${lines.length} log lines (${(lines.length / (BURST_MS / 1000)).toFixed(1)} per second)`);
    expect(sent).toBeGreaterThan(100_000);
    expect(lines.length).toBeLessThanOrEqual(MAX_LINES);
    // The held-back repeats are counted, not silently lost.
    expect(lines.some((l) => /"repeated":\d+/.test(l))).toBe(true);
    for (const day of EARLIER_DAYS) expect(readFileSync(path.join(logsDir, `kiosk-${day}.log`), 'utf8')).toContain(`a day of work on ${day}`);

    await sim.writeMrz(MRZ_SPECIMENS['mar-cnie-td1'].lines, 'cr');
    await waitUntil('the next card', () => cards.some((c) => c.result.ok && c.result.fields.surname === 'BENALI'), 8000);
  }, 60_000);
});
