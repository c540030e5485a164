import { describe, expect, it } from 'vitest';
import { EscPosStreamDecoder, decodeEscPos } from '../../../hardware/simulators/escpos-decoder.js';

const b = (...parts: Array<number[] | string>): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

/** GS ( k store + print for a QR code, as a printer's native QR command would be sent. */
function nativeQr(data: string): number[] {
  const payload = [...Buffer.from(data, 'utf8')];
  const len = payload.length + 3;
  return [0x1d, 0x28, 0x6b, len & 0xff, len >> 8, 49, 80, 48, ...payload, 0x1d, 0x28, 0x6b, 3, 0, 49, 81, 48];
}

describe('ESC/POS decoder', () => {
  it('reads text lines through style commands, as latin1', () => {
    const d = decodeEscPos(
      b([0x1b, 0x40], [0x1b, 0x61, 0x01], [0x1b, 0x45, 0x01], 'Ticket A042', [0x0a], [0x1d, 0x21, 0x11], [0x1b, 0x21, 0x08], 'Caf\xe9', [0x0a], [0x1d, 0x56, 0x00]),
    );
    expect(d.text).toEqual(['Ticket A042', 'Café']);
    expect(d.cuts).toBe(1);
    expect(d.commands).toEqual(['init', 'align', 'bold', 'lf', 'size', 'mode', 'lf', 'cut']);
  });

  it('collects native QR payloads and status requests', () => {
    const d = decodeEscPos(b([0x10, 0x04, 0x01], [0x10, 0x04, 0x04], nativeQr('https://borne.example/q?a=1'), [0x1d, 0x56, 0x41, 0x03]));
    expect(d.qrPayloads).toEqual(['https://borne.example/q?a=1']);
    expect(d.statusRequests).toEqual([1, 4]);
    expect(d.cuts).toBe(1);
  });

  it('steps over commands it does not interpret without losing text', () => {
    const d = decodeEscPos(
      b([0x1b, 0x70, 0x00, 0x19, 0xfa], 'A', [0x1d, 0x28, 0x4c, 0x02, 0x00, 0x30, 0x32], 'B', [0x1b, 0x2a, 0x00, 0x02, 0x00, 0x41, 0x41], 'C', [0x0a]),
    );
    expect(d.text).toEqual(['ABC']);
  });

  it('rebuilds a raster image from bands printed back to back', () => {
    const band = (rows: number, fill: number): number[] => [0x1d, 0x76, 0x30, 0, 2, 0, rows, 0, ...new Array<number>(2 * rows).fill(fill)];
    const d = decodeEscPos(b(band(3, 0xff), band(2, 0x00), 'x', [0x0a], band(1, 0x0f)));
    expect(d.images.map((i) => [i.width, i.height])).toEqual([
      [16, 5],
      [16, 1],
    ]);
    expect([...d.images[0]!.mono]).toEqual([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);
  });

  it('gives the same result when bytes arrive one at a time, and answers status as it goes', () => {
    const bytes = b('Hello', [0x0a], [0x10, 0x04, 0x02], [0x1d, 0x76, 0x30, 0, 1, 0, 2, 0, 0x80, 0x01], [0x1d, 0x56, 0x01]);
    const asked: number[] = [];
    const s = new EscPosStreamDecoder({ onStatusRequest: (n) => asked.push(n) });
    for (const byte of bytes) s.push(Buffer.from([byte]));
    const streamed = s.finish();
    const whole = decodeEscPos(bytes);
    expect(asked).toEqual([2]);
    expect(streamed.text).toEqual(whole.text);
    expect(streamed.commands).toEqual(whole.commands);
    expect([...streamed.images[0]!.mono]).toEqual([0x80, 0x01]);
  });

  it('never throws on garbage or truncated commands', () => {
    let seed = 12345;
    const rnd = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed & 0xff;
    };
    for (let run = 0; run < 200; run++) {
      const junk = Buffer.from(Array.from({ length: 1 + (run * 37) % 600 }, rnd));
      expect(() => decodeEscPos(junk)).not.toThrow();
      expect(() => decodeEscPos(junk, { dialect: 'star' })).not.toThrow();
    }
    const truncated = decodeEscPos(b('ok', [0x0a], [0x1d, 0x76, 0x30, 0, 0xff, 0xff, 0xff, 0xff, 1, 2, 3]));
    expect(truncated.text).toEqual(['ok']);
    expect(truncated.images).toEqual([]);
    expect(truncated.commands.at(-1)).toBe('truncated');
  });
});
