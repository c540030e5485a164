// The ESC/POS decoder is the tests' oracle for what a receipt printer would print: it must
// survive any bytes, make progress on every byte, not care how the stream was chunked, and
// read back what the encoder wrote.
import fc from 'fast-check';
import { encodeReceipt } from '../../hardware/printer/escpos-encoder.js';
import { bytesPerRow } from '../../hardware/printer/mono-bitmap.js';
import { decodeEscPos, EscPosStreamDecoder, type DecodedReceipt, type Dialect } from '../../hardware/simulators/escpos-decoder.js';
import { cutFractions, cutInto, latin1, streamBytes } from './byte-chunks.js';
import type { PropertySpec } from './property-spec.js';

function fail(message: string): never {
  throw new Error(message);
}

// Prefixes (ESC, GS, DLE, FS), command letters and small arguments, so that random streams hit real commands.
const ESCPOS_SPECIALS = [0x1b, 0x1d, 0x10, 0x1c, 0x0a, 0x04, 0x00, 0x01, 0x02, 0x30, 0x40, 0x44, 0x56, 0x76, 0x28, 0x6b, 0x2a, 0x38, 0x4c, 0x21, 0x64, 0x69];
const dialect = fc.constantFrom<Dialect>('epson', 'star');

/** What a receipt says, images by size and content; PNG encodings are left out. */
const summary = (r: DecodedReceipt): string =>
  JSON.stringify({ ...r, images: r.images.map((i) => [i.width, i.height, Buffer.from(i.mono).toString('base64')]) });

function decodeChunks(chunks: readonly Uint8Array[], d: Dialect): DecodedReceipt {
  const decoder = new EscPosStreamDecoder({ dialect: d, scanImagesForQr: false });
  for (const c of chunks) decoder.push(Buffer.from(c));
  return decoder.finish();
}

const arg = fc.integer({ min: 0, max: 255 });
const printableText = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 30 }).map((t) => [...latin1(t)]);

/** Real commands with random arguments, as a receipt printer could be sent them. */
const command: fc.Arbitrary<number[]> = fc.oneof(
  printableText,
  fc.constant<number[]>([0x0a]),
  fc.constant<number[]>([0x1b, 0x40]),
  fc.tuple(fc.constantFrom(0x21, 0x45, 0x61, 0x64, 0x4a, 0x74), arg).map(([c, n]) => [0x1b, c, n]),
  // ESC D: tab stops, NUL-terminated.
  fc.array(fc.integer({ min: 1, max: 255 }), { maxLength: 8 }).map((stops) => [0x1b, 0x44, ...stops, 0x00]),
  // GS k m (m <= 6): a barcode, NUL-terminated; GS k m n (m >= 65): counted.
  fc.tuple(fc.integer({ min: 0, max: 6 }), fc.array(fc.integer({ min: 0x30, max: 0x39 }), { maxLength: 20 })).map(([m, d]) => [0x1d, 0x6b, m, ...d, 0x00]),
  fc.tuple(fc.integer({ min: 65, max: 73 }), fc.array(fc.integer({ min: 0x30, max: 0x39 }), { maxLength: 20 })).map(([m, d]) => [0x1d, 0x6b, m, d.length, ...d]),
  // GS ( k: QR store (fn 80) and print (fn 81).
  printableText.map((d) => [0x1d, 0x28, 0x6b, (d.length + 3) & 0xff, (d.length + 3) >> 8, 0x31, 0x50, 0x30, ...d]),
  fc.constant<number[]>([0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30]),
  // GS v 0: a small raster.
  fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 8 })).chain(([w, h]) =>
    fc.array(arg, { minLength: w * h, maxLength: w * h }).map((dots) => [0x1d, 0x76, 0x30, 0x00, w, 0x00, h, 0x00, ...dots]),
  ),
  fc.constantFrom<number[]>([0x1d, 0x56, 0x00], [0x1d, 0x56, 0x42, 0x03], [0x1b, 0x69], [0x1b, 0x6d]),
  fc.constantFrom(1, 2, 3, 4).map((n) => [0x10, 0x04, n]),
);

export const ESCPOS_DECODER_PROPERTIES: PropertySpec[] = [
  {
    parser: 'escpos-decoder',
    name: 'a stream of real commands (text, tabs, barcodes, QR, raster, cuts, status requests) decodes the same however it is chunked',
    runs: 1200,
    build: () =>
      fc.property(fc.array(command, { maxLength: 12 }), cutFractions, (commands, cuts) => {
        const bytes = Uint8Array.from(commands.flat());
        const whole = decodeChunks([bytes], 'epson');
        if (whole.commands.includes('truncated')) fail('a complete stream was read as truncated');
        if (summary(decodeChunks(cutInto(bytes, cuts), 'epson')) !== summary(whole)) fail('chunking changed the receipt');
      }),
  },
  {
    parser: 'escpos-decoder',
    name: 'arbitrary bytes never throw, every command consumes at least one byte, and chunking never changes the receipt',
    runs: 3000,
    build: () =>
      fc.property(streamBytes(ESCPOS_SPECIALS, 300), dialect, cutFractions, (bytes, d, cuts) => {
        const whole = decodeChunks([bytes], d);
        const chunked = decodeChunks(cutInto(bytes, cuts), d);
        if (summary(chunked) !== summary(whole)) fail('chunking changed the receipt');
        // 'truncated' marks the unfinished tail, which used bytes of its own.
        if (whole.commands.length > bytes.length + 1) fail('more commands than bytes');
        const textBytes = whole.text.reduce((n, line) => n + line.length, 0);
        if (textBytes > bytes.length) fail('more text than bytes');
      }),
  },
  {
    parser: 'escpos-decoder',
    name: 'text lines and DLE EOT status requests between them are read back exactly',
    runs: 3000,
    build: () => {
      const text = fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 40 });
      return fc.property(fc.array(fc.tuple(text, fc.option(fc.constantFrom(1, 2, 3, 4), { nil: undefined })), { maxLength: 10 }), cutFractions, (lines, cuts) => {
        const bytes: number[] = [0x1b, 0x40];
        for (const [line, status] of lines) {
          bytes.push(...latin1(line), 0x0a);
          if (status !== undefined) bytes.push(0x10, 0x04, status);
        }
        const r = decodeChunks(cutInto(Uint8Array.from(bytes), cuts), 'epson');
        if (JSON.stringify(r.text) !== JSON.stringify(lines.map(([l]) => l))) fail(`text ${JSON.stringify(r.text)}`);
        const statuses = lines.flatMap(([, s]) => (s === undefined ? [] : [s]));
        if (JSON.stringify(r.statusRequests) !== JSON.stringify(statuses)) fail(`statuses ${JSON.stringify(r.statusRequests)}`);
      });
    },
  },
  {
    parser: 'escpos-decoder',
    name: "a bitmap encoded for an Epson or Star printer decodes back to the same dots, one image and one cut",
    runs: 300,
    build: () =>
      fc.property(
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 80 }),
        fc.constantFrom<'epson' | 'star'>('epson', 'star'),
        fc.integer({ min: 1, max: 64 }),
        fc.integer(),
        (width, height, model, bandRows, seed) => {
          const stride = bytesPerRow(width);
          const mono = new Uint8Array(stride * height);
          let s = seed;
          for (let i = 0; i < mono.length; i++) {
            s = (Math.imul(s, 1103515245) + 12345) | 0;
            mono[i] = (s >>> 16) & 0xff;
          }
          // Dots right of the width are not part of the image: clear them as the rasteriser does.
          const spare = stride * 8 - width;
          if (spare > 0) for (let y = 0; y < height; y++) mono[y * stride + stride - 1]! &= (0xff << spare) & 0xff;
          const r = decodeEscPos(encodeReceipt({ width, height, mono }, { model, bandRows }), { dialect: model, scanImagesForQr: false });
          if (r.cuts !== 1 || r.images.length !== 1) fail(`cuts ${r.cuts}, images ${r.images.length}`);
          const img = r.images[0]!;
          if (img.width !== stride * 8 || img.height < height) fail(`image ${img.width}x${img.height}`);
          if (Buffer.compare(Buffer.from(img.mono.subarray(0, mono.length)), Buffer.from(mono)) !== 0) fail('dots differ');
          if (img.mono.subarray(mono.length).some((b) => b !== 0)) fail('padding rows are not blank');
        },
      ),
  },
];
