// The log viewer's reading of real files: newest first across rolled files, level and device
// filters, pages that neither repeat nor skip an entry, and a line torn by a power cut.
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogQueryError, readLogPage } from '../../../main/logging/log-reader.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'borne-log-reader-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);
const line = (fields: Record<string, unknown>) => `${JSON.stringify({ pid: 7, hostname: 'kiosk', ...fields })}\n`;

/** n lines, one per second from T0 + start, alternating devices; every 5th a warning. */
function lines(start: number, n: number): string {
  let out = '';
  for (let i = start; i < start + n; i += 1) {
    out += line({ level: i % 5 === 0 ? 40 : 30, time: T0 + i * 1000, device: i % 2 === 0 ? 'printer' : 'id-reader', seq: i, msg: `event ${i}` });
  }
  return out;
}

describe('readLogPage', () => {
  it('reads kiosk.log then the rolled files, newest first, into the contract view', async () => {
    await writeFile(join(dir, 'kiosk.2.log'), lines(0, 2));
    await writeFile(join(dir, 'kiosk.1.log'), lines(2, 2));
    await writeFile(join(dir, 'kiosk.log'), line({ level: 50, time: T0 + 9000, part: 'hardware', device: 'printer', msg: 'paper out', err: { name: 'Error', message: 'DLE EOT' }, retries: 3 }));
    const page = await readLogPage(dir, {});
    expect(page.entries.map((e) => e.msg)).toEqual(['paper out', 'event 3', 'event 2', 'event 1', 'event 0']);
    expect(page.entries[0]).toEqual({
      time: '2026-11-26T09:00:09.000Z',
      level: 'error',
      part: 'hardware',
      device: 'printer',
      msg: 'paper out',
      details: 'err={"name":"Error","message":"DLE EOT"} retries=3',
    });
    expect(page.entries[1]).toMatchObject({ level: 'info', part: null, device: 'id-reader', details: 'seq=3' });
    expect(page.devices).toEqual(['id-reader', 'printer']);
    expect(page.nextCursor).toBeUndefined();
  });

  it('filters by lowest level and by device, and still lists every device seen', async () => {
    await writeFile(join(dir, 'kiosk.log'), lines(0, 20) + line({ level: 60, time: T0 + 30_000, device: 'badge-reader', msg: 'fatal' }));
    const warnings = await readLogPage(dir, { minLevel: 'warn' });
    expect(warnings.entries.map((e) => e.msg)).toEqual(['fatal', 'event 15', 'event 10', 'event 5', 'event 0']);
    const printerWarnings = await readLogPage(dir, { minLevel: 'warn', device: 'printer' });
    expect(printerWarnings.entries.map((e) => e.msg)).toEqual(['event 10', 'event 0']);
    expect(printerWarnings.devices).toEqual(['badge-reader', 'id-reader', 'printer']);
    const errors = await readLogPage(dir, { minLevel: 'error', device: 'printer' });
    expect(errors.entries).toEqual([]);
  });

  it('pages through every entry once, even when kiosk.log rolls between two pages', async () => {
    // Several lines in the same millisecond, the case a time-only cursor would get wrong.
    let text = '';
    for (let i = 0; i < 25; i += 1) text += line({ level: 30, time: T0 + Math.floor(i / 4) * 1000, seq: i, msg: `m${i}` });
    await writeFile(join(dir, 'kiosk.log'), text);
    const seen: string[] = [];
    let page = await readLogPage(dir, {}, 7);
    seen.push(...page.entries.map((e) => e.msg));
    // The kiosk rolls its log and writes on.
    await rename(join(dir, 'kiosk.log'), join(dir, 'kiosk.1.log'));
    await writeFile(join(dir, 'kiosk.log'), line({ level: 30, time: T0 + 60_000, msg: 'newer' }));
    while (page.nextCursor !== undefined) {
      page = await readLogPage(dir, { cursor: page.nextCursor }, 7);
      seen.push(...page.entries.map((e) => e.msg));
    }
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `m${24 - i}`));
  });

  it('skips a line torn by a power cut and lines that are not JSON', async () => {
    const whole = lines(0, 3);
    await writeFile(join(dir, 'kiosk.log'), `not json at all\n${whole}{"level":30,"time":${T0 + 9000},"msg":"cut sh`);
    const page = await readLogPage(dir, {});
    expect(page.entries.map((e) => e.msg)).toEqual(['event 2', 'event 1', 'event 0']);
  });

  it('answers an empty page when no log was written yet', async () => {
    expect(await readLogPage(join(dir, 'missing'), {})).toEqual({ entries: [], devices: [] });
  });

  it('refuses a cursor it did not give', async () => {
    await expect(readLogPage(dir, { cursor: '../../etc/passwd' })).rejects.toBeInstanceOf(LogQueryError);
  });
});
