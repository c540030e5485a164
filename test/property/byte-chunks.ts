// Cutting one byte stream into chunks at arbitrary places: a serial port hands over whatever
// arrived, and no parser may care where the cuts fall.
import fc from 'fast-check';

/** Cut points as fractions, so the same draw fits a stream of any length. */
export const cutFractions: fc.Arbitrary<number[]> = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 });

export function cutInto(bytes: Uint8Array, fractions: readonly number[]): Uint8Array[] {
  const cuts = [...new Set(fractions.map((f) => Math.floor(f * bytes.length)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    chunks.push(bytes.subarray(from, cut));
    from = cut;
  }
  return chunks;
}

/** Every byte alone: the hardest chunking of all. */
export function oneByOne(bytes: Uint8Array): Uint8Array[] {
  return Array.from(bytes, (b) => Uint8Array.of(b));
}

/** Bytes biased towards the ones framers react to, so that random input exercises them. */
export function streamBytes(specials: readonly number[], maxLength = 200): fc.Arbitrary<Uint8Array> {
  const byte = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 255 }) }, { weight: 2, arbitrary: fc.constantFrom(...specials) }, { weight: 4, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) });
  return fc.array(byte, { maxLength }).map((a) => Uint8Array.from(a));
}

export const latin1 = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'));

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  return Uint8Array.from(Buffer.concat(parts.map((p) => Buffer.from(p))));
}
