// The repeat limiter holds back a device's repeated warning, never a change of what is wrong.
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { RepeatLimiter } from '../../../main/logging/repeat-limiter.js';

function limitedLogger(): { log: pino.Logger; lines: () => Array<Record<string, unknown>>; limiter: RepeatLimiter } {
  const out: string[] = [];
  const limiter = new RepeatLimiter(60_000);
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      out.push(chunk.toString());
      done();
    },
  });
  const log = pino({ hooks: { logMethod(args, method, level) { limiter.logMethod(this, args, method, level); } } }, sink);
  const lines = () => out.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  return { log, lines, limiter };
}

describe('repeat limiter', () => {
  it('writes a repeated warning once, then one line with its count', () => {
    const { log, lines, limiter } = limitedLogger();
    for (let i = 0; i < 50; i++) log.warn({ device: 'id-reader', reason: 'garbled' }, 'unreadable bytes');
    expect(lines()).toHaveLength(1);
    limiter.flush();
    expect(lines()).toHaveLength(2);
    expect(lines()[1]).toMatchObject({ device: 'id-reader', reason: 'garbled', repeated: 49 });
  });

  it('writes each change of state or condition of the same device, not only the first', () => {
    const { log, lines } = limitedLogger();
    log.warn({ device: 'printer', state: 'warning', detail: 'paper near end' }, 'device status');
    log.warn({ device: 'printer', state: 'fault', detail: 'paper out' }, 'device status');
    log.warn({ printer: 'tcp://127.0.0.1:9100', condition: 'near-end' }, 'printer condition');
    log.warn({ printer: 'tcp://127.0.0.1:9100', condition: 'paper-out' }, 'printer condition');
    expect(lines().map((l) => l['state'] ?? l['condition'])).toEqual(['warning', 'fault', 'near-end', 'paper-out']);
  });

  it('never holds back info lines', () => {
    const { log, lines } = limitedLogger();
    for (let i = 0; i < 5; i++) log.info({ device: 'printer', state: 'ready' }, 'device status');
    expect(lines()).toHaveLength(5);
  });
});
