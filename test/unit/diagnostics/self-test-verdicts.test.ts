// What each self-test check concludes: the verdict a technician reads and the words that say why.
import { describe, expect, it } from 'vitest';
import {
  judgeAudio,
  judgeDevice,
  judgeFreeSpace,
  judgeOffice,
  judgeOutbox,
  judgePrinterReplies,
  judgeQuickCheck,
  judgeScreen,
  judgeSerialNodes,
  judgeTouch,
  overallVerdict,
} from '../../../main/diagnostics/self-test-verdicts.js';

const office = (over: object) => ({ url: 'http://office:8080', embedded: false, reachable: true, latencyMs: 20, checkedAt: '2026-11-26T10:00:00Z', ...over });
const replies = (bytes: Array<number | null>) => bytes.map((byte, i) => ({ request: i + 1, byte }));

describe('self-test verdicts', () => {
  it('fails the whole run on one failure, warns on one warning, passes otherwise', () => {
    expect(overallVerdict(['pass', 'warn', 'fail', 'pass'])).toBe('fail');
    expect(overallVerdict(['pass', 'warn'])).toBe('warn');
    expect(overallVerdict(['pass', 'pass'])).toBe('pass');
  });

  it('fails a faulty, offline or closed device with its own words and its last error', () => {
    const lastError = { at: new Date('2026-11-26T09:00:00Z'), message: 'receipt not printed: paper out' };
    const offline = judgeDevice({ state: 'offline', detail: 'connection refused' }, lastError);
    expect(offline.verdict).toBe('fail');
    expect(offline.detail).toContain('connection refused');
    expect(offline.detail).toContain('receipt not printed: paper out');
    expect(judgeDevice({ state: 'fault' }, null).verdict).toBe('fail');
    expect(judgeDevice({ state: 'closed' }, null).verdict).toBe('fail');
    expect(judgeDevice({ state: 'warning', detail: 'paper near end' }, null).verdict).toBe('warn');
    expect(judgeDevice({ state: 'ready' }, null).verdict).toBe('pass');
  });

  it('fails a printer that answers nothing or cannot print, warns on paper near end', () => {
    const silent = judgePrinterReplies(replies([null, null, null, null]));
    expect(silent.verdict).toBe('fail');
    expect(silent.detail).toMatch(/did not answer/);
    // 0x12: the fixed bits of every reply, nothing wrong.
    expect(judgePrinterReplies(replies([0x12, 0x12, 0x12, 0x12])).verdict).toBe('pass');
    // n=2 bit 2: cover open.
    const cover = judgePrinterReplies(replies([0x12, 0x16, 0x12, 0x12]));
    expect(cover).toMatchObject({ verdict: 'fail' });
    expect(cover.detail).toContain('cover open');
    // n=4 bits 2-3: near end.
    expect(judgePrinterReplies(replies([0x12, 0x12, 0x12, 0x1e])).verdict).toBe('warn');
    expect(judgePrinterReplies(replies([0x12, 0x12, 0x12, null])).verdict).toBe('warn');
  });

  it('fails a configured serial device whose node is missing', () => {
    const r = judgeSerialNodes([
      { deviceId: 'id-reader', path: '/dev/ttyUSB0', present: true },
      { deviceId: 'badge-reader', path: '/dev/ttyUSB9', present: false },
    ]);
    expect(r.verdict).toBe('fail');
    expect(r.detail).toContain('badge-reader /dev/ttyUSB9');
    expect(r.detail).not.toContain('ttyUSB0');
    expect(judgeSerialNodes([]).verdict).toBe('pass');
  });

  it('judges the office server by reachability and latency, the outbox by the oldest item', () => {
    expect(judgeOffice(office({})).verdict).toBe('pass');
    expect(judgeOffice(office({ latencyMs: 2500 })).verdict).toBe('warn');
    const down = judgeOffice(office({ reachable: false, latencyMs: null, problem: 'the office server refused the connection' }));
    expect(down.verdict).toBe('fail');
    expect(down.detail).toContain('refused the connection');
    expect(judgeOutbox({ depth: 0, oldestAgeSeconds: null }).verdict).toBe('pass');
    expect(judgeOutbox({ depth: 3, oldestAgeSeconds: 120 }).verdict).toBe('pass');
    expect(judgeOutbox({ depth: 3, oldestAgeSeconds: 2 * 3600 }).verdict).toBe('warn');
    expect(judgeOutbox({ depth: 3, oldestAgeSeconds: 2 * 86400 }).verdict).toBe('fail');
  });

  it('passes only a database whose quick_check says ok, and judges free space', () => {
    expect(judgeQuickCheck([{ quick_check: 'ok' }]).verdict).toBe('pass');
    const bad = judgeQuickCheck([{ quick_check: 'row 3 missing from index' }]);
    expect(bad.verdict).toBe('fail');
    expect(bad.detail).toContain('row 3 missing');
    expect(judgeFreeSpace(50 * 1024 * 1024, '/data').verdict).toBe('fail');
    expect(judgeFreeSpace(500 * 1024 * 1024, '/data').verdict).toBe('warn');
    expect(judgeFreeSpace(20 * 1024 ** 3, '/data')).toMatchObject({ verdict: 'pass', detail: expect.stringContaining('20480 MB free') });
  });

  it('judges what the Screen tab sent: no touch screen, untouched targets, many misses, the tone', () => {
    expect(judgeScreen({ width: 1920, height: 1080, scale: 1, touchPoints: 10 }).verdict).toBe('pass');
    expect(judgeScreen({ width: 1920, height: 1080, scale: 1, touchPoints: 0 }).verdict).toBe('warn');
    expect(judgeTouch(undefined).verdict).toBe('warn');
    expect(judgeTouch({ targets: 24, hits: 20, misses: 0 }).verdict).toBe('warn');
    expect(judgeTouch({ targets: 24, hits: 24, misses: 30 }).verdict).toBe('warn');
    expect(judgeTouch({ targets: 24, hits: 24, misses: 2 })).toMatchObject({ verdict: 'pass', detail: expect.stringContaining('24 of 24') });
    expect(judgeAudio('heard').verdict).toBe('pass');
    expect(judgeAudio('not-heard').verdict).toBe('fail');
    expect(judgeAudio('not-run').verdict).toBe('warn');
    expect(judgeAudio(undefined).verdict).toBe('warn');
  });
});

describe('device words', () => {
  it('does not repeat a fault that is also the last error', () => {
    const at = new Date('2026-11-26T09:00:00Z');
    const r = judgeDevice({ state: 'offline', detail: 'tcp://10.0.0.9:9100 unreachable' }, { at, message: 'offline: tcp://10.0.0.9:9100 unreachable' });
    expect(r.detail).toBe('offline: tcp://10.0.0.9:9100 unreachable');
  });
});

describe('findings for the screen', () => {
  it('gives every judgement a code and its values, so the screen says it in the technician’s language', () => {
    const at = new Date('2026-11-26T09:00:00Z');
    expect(judgeDevice({ state: 'offline', detail: 'refused' }, { at, message: 'receipt not printed' }).finding).toEqual({
      code: 'deviceStateLastError',
      params: { state: 'offline', at: '2026-11-26T09:00:00.000Z' },
    });
    expect(judgePrinterReplies(replies([null, null, null, null])).finding).toEqual({ code: 'printerSilent' });
    expect(judgeOffice(office({ latencyMs: 1500 })).finding).toEqual({ code: 'officeSlow', params: { ms: 1500 } });
    expect(judgeOutbox({ depth: 3, oldestAgeSeconds: 2 * 86400 }).finding).toEqual({ code: 'outboxStuckDay', params: { count: 3, seconds: 172800 } });
    expect(judgeFreeSpace(100 * 1024 * 1024, '/data').finding).toEqual({ code: 'diskCritical', params: { megabytes: 100 } });
    expect(judgeTouch({ targets: 24, hits: 20, misses: 1 }).finding).toEqual({ code: 'touchUntouched', params: { hits: 20, targets: 24, misses: 1 } });
    expect(judgeQuickCheck([{ quick_check: 'row 3 missing' }]).finding).toEqual({ code: 'databaseDamaged' });
    expect(judgeSerialNodes([{ deviceId: 'id-reader', path: '/dev/ttyUSB0', present: false }]).finding).toEqual({ code: 'serialMissing', params: { count: 1 } });
    expect(judgeAudio('not-heard').finding).toEqual({ code: 'audioNotHeard' });
  });
});
