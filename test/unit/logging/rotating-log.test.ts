// kiosk.log on a real temp folder: one file a day, a size cap that only ever costs today's
// earlier lines, keepDays days kept, and never the personal data a careless log call might pass.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../main/logging/create-logger.js';
import { RotatingFileStream } from '../../../main/logging/rotating-file-stream.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'borne-logs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const seqs = (name: string) => read(name).trim().split('\n').map((l) => (JSON.parse(l) as { seq: number }).seq);

describe('log rotation', () => {
  let day = '2026-11-26';
  const byDay = { dayOf: () => day };

  it('sets today\'s file aside at the cap, keeping today\'s latest part, and never touches earlier days', () => {
    for (const d of ['2026-11-24', '2026-11-25']) writeFileSync(join(dir, `kiosk-${d}.log`), `{"msg":"${d}"}\n`);
    day = '2026-11-26';
    const logger = createLogger({ dir, echoToStderr: false, rotation: { maxFileBytes: 2000, keepDays: 5, ...byDay } });
    for (let seq = 0; seq < 200; seq += 1) logger.info({ part: 'test', seq }, 'a line long enough to fill the file quickly');
    logger.flush();
    // Earlier days as they were; today at most two caps: the part set aside and kiosk.log.
    for (const d of ['2026-11-24', '2026-11-25']) expect(read(`kiosk-${d}.log`)).toBe(`{"msg":"${d}"}\n`);
    expect(statSync(join(dir, 'kiosk-2026-11-26.1.log')).size).toBeLessThan(2000 + 4096);
    const part = seqs('kiosk-2026-11-26.1.log');
    const current = seqs('kiosk.log');
    expect(current.at(-1)).toBe(199);
    expect(part.at(-1)).toBe((current[0] ?? 0) - 1);
    expect(readdirSync(dir).sort()).toEqual(['kiosk-2026-11-24.log', 'kiosk-2026-11-25.log', 'kiosk-2026-11-26.1.log', 'kiosk.log']);
  });

  it('closes the day at its first line of the next day, and deletes days beyond keepDays', () => {
    for (const d of ['2026-11-20', '2026-11-21', '2026-11-22']) writeFileSync(join(dir, `kiosk-${d}.log`), 'old\n');
    day = '2026-11-23';
    const stream = new RotatingFileStream(dir, { maxFileBytes: 10_000, keepDays: 2, ...byDay });
    stream.write('on the 23rd\n');
    stream.flushSync();
    day = '2026-11-24';
    stream.write('on the 24th\n');
    stream.end();
    expect(read('kiosk-2026-11-23.log')).toBe('on the 23rd\n');
    expect(read('kiosk.log')).toBe('on the 24th\n');
    expect(readdirSync(dir).sort()).toEqual(['kiosk-2026-11-22.log', 'kiosk-2026-11-23.log', 'kiosk.log']);
  });

  it('counts what kiosk.log already held before a restart', () => {
    day = '2026-11-26';
    const first = new RotatingFileStream(dir, { maxFileBytes: 100, keepDays: 3, ...byDay });
    first.write(`${'x'.repeat(60)}\n`);
    first.end();
    const second = new RotatingFileStream(dir, { maxFileBytes: 100, keepDays: 3, ...byDay });
    second.write(`${'y'.repeat(60)}\n`);
    second.flushSync();
    second.write('z\n');
    second.end();
    expect(read('kiosk-2026-11-26.1.log')).toBe(`${'x'.repeat(60)}\n${'y'.repeat(60)}\n`);
    expect(read('kiosk.log')).toBe('z\n');
  });
});

describe('a failing disk', () => {
  it('loses lines rather than throwing into the caller, and writes again once the folder is back', async () => {
    const logs = join(dir, 'logs');
    const stream = new RotatingFileStream(logs, { maxFileBytes: 10, keepDays: 2 });
    await rm(logs, { recursive: true, force: true });
    // Setting the full file aside now fails: the folder is gone.
    expect(() => stream.write('first line, long enough to roll\n')).not.toThrow();
    expect(() => stream.flushSync()).not.toThrow();
    expect(() => stream.write('lost\n')).not.toThrow();
    expect(() => stream.flushSync()).not.toThrow();
    mkdirSync(logs);
    stream.write('back\n');
    stream.end();
    expect(readFileSync(join(logs, 'kiosk.log'), 'utf8')).toBe('back\n');
  });
});

describe('redaction in the file', () => {
  it('writes [redacted] instead of an MRZ, a phone number, a PIN or a document number', () => {
    const logger = createLogger({ dir, echoToStderr: false });
    logger.info(
      { device: 'id-reader', mrz: 'P<MARALAMI<<FATIMA<ZAHRA<<<<<<<<<<<<<<<<<<<<', phone: '0612345678', pin: '482913', result: { documentNumber: 'BK1234567', surname: 'ALAMI' } },
      'document read',
    );
    logger.flush();
    const text = read('kiosk.log');
    expect(text).toContain('document read');
    for (const secret of ['ALAMI', 'FATIMA', '0612345678', '482913', 'BK1234567']) expect(text).not.toContain(secret);
    const line = JSON.parse(text.trim()) as Record<string, unknown>;
    expect(line.mrz).toBe('[redacted]');
    expect(line.phone).toBe('[redacted]');
    expect(line.pin).toBe('[redacted]');
    expect(line.result).toEqual({ documentNumber: '[redacted]', surname: '[redacted]' });
  });
});
