// The technician's log channels against a real logger writing (and rolling) real files in a
// temp folder, real staff sessions and the contract router the screens talk to.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerLogHandlers } from '../../main/diagnostics/register-log-handlers.js';
import { createLogger, type Logger } from '../../main/logging/create-logger.js';
import { ContractRouter } from '../../main/services/contract-router.js';
import { StaffSessions } from '../../main/staff/staff-sessions.js';

let dir: string;
let logsDir: string;
let logger: Logger;
let router: ContractRouter;
let sessions: StaffSessions;
const NOW = new Date('2026-11-26T13:04:05Z');
let day: string;
let audited: Array<[string, string, string | null, string | null]>;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'borne-log-handlers-'));
  logsDir = join(dir, 'logs');
  day = '2026-11-23';
  // Every line written (no repeat limit): these tests read what was logged across the day files.
  logger = createLogger({ dir: logsDir, echoToStderr: false, repeatIntervalMs: 0, rotation: { maxFileBytes: 1500, keepDays: 2, dayOf: () => day } });
  router = new ContractRouter(logger);
  sessions = new StaffSessions({ idleSeconds: 600, onEnded: () => undefined });
  audited = [];
  const audit = async (account: { id: string }, action: string, target: string | null, outcome: string | null) => {
    audited.push([account.id, action, target, outcome]);
  };
  registerLogHandlers(router, { sessions, logsDir, exportDir: join(dir, 'exports'), timeZone: 'Africa/Casablanca', now: () => NOW, logger, audit, pageSize: 20 });
});
afterEach(async () => {
  sessions.close();
  await rm(dir, { recursive: true, force: true });
});

const technician = () => sessions.start({ id: 'tech-1', displayName: 'Technicien', role: 'technician' }).token;
const clerk = () => sessions.start({ id: 'clerk-1', displayName: 'Guichet', role: 'staff' }).token;

/** n lines, a new day every 20 lines from the 23rd. */
function writeSomeLogs(n: number): void {
  for (let i = 0; i < n; i += 1) {
    if (i > 0 && i % 20 === 0) {
      logger.flush();
      day = `2026-11-${23 + i / 20}`;
    }
    if (i % 3 === 0) logger.warn({ device: 'printer', seq: i }, 'printer paper low');
    else logger.info({ device: 'id-reader', seq: i }, 'document read');
  }
  logger.info({ part: 'office', seq: n }, 'outbox sent');
  logger.flush();
}

describe('tech.logs.list', () => {
  it("refuses a clerk's session with 'forbidden'", async () => {
    writeSomeLogs(3);
    const result = await router.dispatch('tech.logs.list', { staffToken: clerk() });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('gives a technician the entries of one device at the level asked, newest first, across day files', async () => {
    writeSomeLogs(60);
    expect(readdirSync(logsDir)).toContain('kiosk-2026-11-24.log');
    const result = await router.dispatch('tech.logs.list', { staffToken: technician(), device: 'printer', minLevel: 'warn' });
    if (!result.ok) throw new Error(result.error.message);
    const page = result.value as { entries: Array<{ device: string | null; level: string; msg: string; details: string }>; devices: string[]; nextCursor?: string };
    expect(page.entries.length).toBeGreaterThan(1);
    for (const entry of page.entries) expect(entry).toMatchObject({ device: 'printer', level: 'warn', msg: 'printer paper low' });
    expect(page.entries[0]?.details).toBe('seq=57');
    expect(page.devices).toEqual(['id-reader', 'printer']);
  });
});

// What 80 lines over four days leave with keepDays 2: the 23rd deleted, each kept day with the
// part its cap set aside before it.
const OLDEST_FIRST = ['kiosk-2026-11-24.1.log', 'kiosk-2026-11-24.log', 'kiosk-2026-11-25.1.log', 'kiosk-2026-11-25.log', 'kiosk-2026-11-26.1.log', 'kiosk.log'];

describe('tech.logs.export', () => {
  it('writes one file holding the lines of every day file, oldest first', async () => {
    writeSomeLogs(80);
    const files = readdirSync(logsDir).filter((f) => f.startsWith('kiosk')).sort();
    expect(files).toEqual(OLDEST_FIRST.slice().sort());
    const expected = OLDEST_FIRST.map((f) => readFileSync(join(logsDir, f), 'utf8')).join('');
    const usb = join(dir, 'media', 'usb0');
    const result = await router.dispatch('tech.logs.export', { staffToken: technician(), directory: usb });
    expect(result).toEqual({ ok: true, value: { kind: 'written', fileName: 'kiosk-logs-2026-11-26-140405.log', directory: usb, lines: expected.trim().split('\n').length } });
    expect(readFileSync(join(usb, 'kiosk-logs-2026-11-26-140405.log'), 'utf8')).toBe(expected);
    // Nothing half-written is left beside it.
    expect(readdirSync(usb)).toEqual(['kiosk-logs-2026-11-26-140405.log']);
    // Who took the logs, and where: in the staff audit trail.
    expect(audited).toEqual([['tech-1', 'logs-export', usb, `written lines=${expected.trim().split('\n').length} file=kiosk-logs-2026-11-26-140405.log`]]);
  });

  it("goes to the kiosk's exports folder when no folder is named", async () => {
    writeSomeLogs(2);
    const result = await router.dispatch('tech.logs.export', { staffToken: technician() });
    expect(result).toMatchObject({ ok: true, value: { kind: 'written', directory: join(dir, 'exports') } });
    expect(readdirSync(join(dir, 'exports'))).toHaveLength(1);
  });

  it('answers failed, in words, for a folder under a regular file', async () => {
    writeSomeLogs(2);
    writeFileSync(join(dir, 'not-a-folder'), 'x');
    const result = await router.dispatch('tech.logs.export', { staffToken: technician(), directory: join(dir, 'not-a-folder', 'logs') });
    expect(result).toEqual({ ok: true, value: { kind: 'failed', message: `Part of the path ${join(dir, 'not-a-folder', 'logs')} is a file, not a folder.` } });
  });

  it("refuses a clerk's session with 'forbidden' and writes nothing", async () => {
    const result = await router.dispatch('tech.logs.export', { staffToken: clerk() });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(readdirSync(dir)).toEqual(['logs']);
    expect(audited).toEqual([]);
  });
});
