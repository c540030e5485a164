// kiosk.log on a real temp folder: it rolls by size, keeps keepFiles rolled files, and never
// holds the personal data a careless log call might pass.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
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
  it('rolls kiosk.log by size and deletes what lies beyond keepFiles', () => {
    const logger = createLogger({ dir, echoToStderr: false, rotation: { maxFileBytes: 2000, keepFiles: 2 } });
    for (let seq = 0; seq < 200; seq += 1) logger.info({ part: 'test', seq }, 'a line long enough to fill the file quickly');
    logger.flush();
    expect(existsSync(join(dir, 'kiosk.1.log'))).toBe(true);
    expect(existsSync(join(dir, 'kiosk.2.log'))).toBe(true);
    expect(existsSync(join(dir, 'kiosk.3.log'))).toBe(false);
    // Each rolled file stopped at the first line past the size.
    for (const name of ['kiosk.1.log', 'kiosk.2.log']) {
      const size = statSync(join(dir, name)).size;
      expect(size).toBeGreaterThanOrEqual(2000);
      expect(size).toBeLessThan(2200);
    }
    // Newest in kiosk.log, then kiosk.1.log, then kiosk.2.log, with no gap between them;
    // the first lines are gone with the deleted kiosk.3.log.
    const current = seqs('kiosk.log');
    const one = seqs('kiosk.1.log');
    const two = seqs('kiosk.2.log');
    expect(current.at(-1)).toBe(199);
    expect(one.at(-1)).toBe((current[0] ?? 0) - 1);
    expect(two.at(-1)).toBe((one[0] ?? 0) - 1);
    expect(two[0]).toBeGreaterThan(0);
  });

  it('counts what kiosk.log already held before a restart', () => {
    const first = new RotatingFileStream(dir, { maxFileBytes: 100, keepFiles: 3 });
    first.write(`${'x'.repeat(60)}\n`);
    first.end();
    const second = new RotatingFileStream(dir, { maxFileBytes: 100, keepFiles: 3 });
    second.write(`${'y'.repeat(60)}\n`);
    second.write('z\n');
    second.end();
    expect(read('kiosk.1.log')).toBe(`${'x'.repeat(60)}\n${'y'.repeat(60)}\n`);
    expect(read('kiosk.log')).toBe('z\n');
  });

  it('drops rolled files left beyond a smaller keepFiles', () => {
    const wide = new RotatingFileStream(dir, { maxFileBytes: 10, keepFiles: 5 });
    for (let i = 0; i < 6; i += 1) wide.write(`line ${i} ....\n`);
    wide.end();
    expect(existsSync(join(dir, 'kiosk.5.log'))).toBe(true);
    const narrow = new RotatingFileStream(dir, { maxFileBytes: 10, keepFiles: 2 });
    narrow.write('after restart\n');
    narrow.end();
    expect(read('kiosk.1.log')).toBe('after restart\n');
    expect(read('kiosk.2.log')).toBe('line 5 ....\n');
    for (const n of [3, 4, 5]) expect(existsSync(join(dir, `kiosk.${n}.log`))).toBe(false);
  });
});

describe('a failing disk', () => {
  it('loses lines rather than throwing into the caller, and writes again once the folder is back', async () => {
    const logs = join(dir, 'logs');
    const stream = new RotatingFileStream(logs, { maxFileBytes: 10, keepFiles: 2 });
    await rm(logs, { recursive: true, force: true });
    // Rolling now fails: the folder is gone.
    expect(() => stream.write('first line, long enough to roll\n')).not.toThrow();
    expect(() => stream.write('lost\n')).not.toThrow();
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
