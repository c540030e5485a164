// Barcode scanner: codes framed by CR, LF or CRLF, however chunked; one scan per code held.
import fc from 'fast-check';
import { silentLogger } from '../../hardware/devices/device-logger.js';
import { DEBOUNCE_MS, MAX_CODE_LENGTH, ScanPipeline } from '../../hardware/scanner/scan-pipeline.js';
import { cutFractions, cutInto, latin1, streamBytes } from './byte-chunks.js';
import type { PropertySpec } from './property-spec.js';

function fail(message: string): never {
  throw new Error(message);
}

const code = fc
  .string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 60 })
  .filter((c) => c.trim() !== '');
const terminator = fc.constantFrom('\r', '\n', '\r\n');

/** Scans seen when `chunks` arrive at the given times. */
function scan(chunks: readonly Uint8Array[], times: readonly number[]): string[] {
  const scans: string[] = [];
  let now = 0;
  const pipeline = new ScanPipeline({ logger: silentLogger, now: () => now, onScan: (e) => scans.push(e.code) });
  chunks.forEach((chunk, i) => {
    now = times[i] ?? now;
    pipeline.pushBytes(chunk);
  });
  pipeline.reset();
  return scans;
}

export const SCANNER_PROPERTIES: PropertySpec[] = [
  {
    parser: 'scan-pipeline',
    name: 'codes scanned a second apart come out once each, trimmed, in order, however the bytes were chunked',
    runs: 4000,
    build: () =>
      fc.property(fc.array(fc.tuple(code, terminator), { maxLength: 8 }), cutFractions, (codes, cuts) => {
        const scans: string[] = [];
        let now = 0;
        const pipeline = new ScanPipeline({ logger: silentLogger, now: () => now, onScan: (e) => scans.push(e.code) });
        for (const [c, t] of codes) {
          now += 1000;
          for (const chunk of cutInto(latin1(c + t), cuts)) pipeline.pushBytes(chunk);
        }
        const expected = codes.map(([c]) => c.trim());
        if (JSON.stringify(scans) !== JSON.stringify(expected)) fail(`scans ${JSON.stringify(scans)}`);
      }),
  },
  {
    parser: 'scan-pipeline',
    name: 'a code held in front of the scanner (repeats under the debounce time) scans once; another code scans at once',
    runs: 3000,
    build: () =>
      fc.property(code, code, fc.array(fc.integer({ min: 0, max: DEBOUNCE_MS - 1 }), { minLength: 1, maxLength: 20 }), (held, other, gaps) => {
        fc.pre(held.trim() !== other.trim());
        const chunks: Uint8Array[] = [];
        const times: number[] = [];
        let t = 0;
        for (const g of gaps) {
          t += g;
          chunks.push(latin1(`${held}\r`));
          times.push(t);
        }
        chunks.push(latin1(`${other}\r`));
        times.push(t + 1);
        const scans = scan(chunks, times);
        if (JSON.stringify(scans) !== JSON.stringify([held.trim(), other.trim()])) fail(`scans ${JSON.stringify(scans)}`);
      }),
  },
  {
    parser: 'scan-pipeline',
    name: 'a code with bytes outside printable ASCII, or over the length limit, is refused, and the next code still scans',
    runs: 3000,
    build: () =>
      fc.property(code, fc.integer({ min: 0x80, max: 0xff }), fc.nat(), fc.boolean(), code, (bad, high, at, overLong, next) => {
        const badBytes = overLong ? latin1('9'.repeat(MAX_CODE_LENGTH + 1 + (at % 50))) : Uint8Array.from([...latin1(bad)].toSpliced(at % (bad.length + 1), 0, high));
        const scans = scan([badBytes, latin1(`\r${next}\r`)], [0, 1000]);
        if (JSON.stringify(scans) !== JSON.stringify([next.trim()])) fail(`scans ${JSON.stringify(scans)}`);
      }),
  },
  {
    parser: 'scan-pipeline',
    name: 'on arbitrary bytes, what is scanned never depends on the chunking and is always printable ASCII within the limit',
    runs: 4000,
    build: () =>
      fc.property(streamBytes([0x0d, 0x0a, 0x02, 0x03, 0x00, 0x20, 0x80], 400), cutFractions, (bytes, cuts) => {
        // Chunks a second apart: no debounce between them, so only the framing is compared.
        const chunked = cutInto(bytes, cuts);
        const whole = scan([bytes], [0]);
        const parts = scan(chunked, chunked.map((_, i) => i * 1000));
        const dedupe = (s: string[]): string[] => s.filter((c, i) => c !== s[i - 1]);
        // Same code twice in a row in one burst is debounced: compare modulo that.
        if (JSON.stringify(dedupe(parts)) !== JSON.stringify(dedupe(whole))) fail('chunking changed the scans');
        for (const s of whole) if (!/^[\x20-\x7e]+$/.test(s) || s.length > MAX_CODE_LENGTH || s !== s.trim()) fail(`bad scan ${JSON.stringify(s)}`);
      }),
  },
];
