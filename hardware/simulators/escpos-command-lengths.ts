// How many bytes each ESC, GS and FS command takes, so the decoder can step over commands it
// does not interpret without losing its place in the stream.
export type Dialect = 'epson' | 'star';

export const INCOMPLETE = -1;

/** Bytes of a fixed-size command, or INCOMPLETE if the buffer ends before it does. */
function fixed(b: Buffer, i: number, total: number): number {
  return i + total <= b.length ? total : INCOMPLETE;
}

/** `<prefix> X pL pH d1..dk` (ESC (, GS (, FS ( families): length given in the command. */
function withLength16(b: Buffer, i: number, headerBytes: number): number {
  const lo = b[i + headerBytes - 2];
  const hi = b[i + headerBytes - 1];
  if (lo === undefined || hi === undefined) return INCOMPLETE;
  return fixed(b, i, headerBytes + lo + 256 * hi);
}

/** A command ended by NUL, given up on (skipping just its prefix) if no NUL comes soon. */
function nulTerminated(b: Buffer, i: number, from: number, max: number): number {
  for (let j = i + from; j < b.length && j < i + from + max; j++) if (b[j] === 0) return j - i + 1;
  return b.length < i + from + max ? INCOMPLETE : from;
}

const ESC_ONE_ARG = new Set(['!', '-', '3', 'E', 'G', 'J', 'M', 'R', 'T', 'U', 'V', 'a', 'd', 'r', 't', '{', ' ', '=']);
const ESC_NO_ARG = new Set(['@', '2', 'S', 'L', 'i', 'm']);
const ESC_TWO_ARGS = new Set(['$', '\\', 'B', 'c']);

export function escCommandLength(b: Buffer, i: number, dialect: Dialect): number {
  const code = b[i + 1];
  if (code === undefined) return INCOMPLETE;
  const cmd = String.fromCharCode(code);
  if (dialect === 'star') {
    if (cmd === 'k') {
      const lo = b[i + 2];
      const hi = b[i + 3];
      if (lo === undefined || hi === undefined) return INCOMPLETE;
      return fixed(b, i, 4 + (lo + 256 * hi) * 24);
    }
    if (cmd === '@' || cmd === '0' || cmd === 'E' || cmd === 'F' || cmd === '4' || cmd === '5') return 2;
    if (cmd === 'i') return fixed(b, i, 4);
    if (code === 0x1d || code === 0x1e) return fixed(b, i, 4);
    return fixed(b, i, 3);
  }
  if (ESC_NO_ARG.has(cmd)) return 2;
  if (ESC_ONE_ARG.has(cmd)) return fixed(b, i, 3);
  if (ESC_TWO_ARGS.has(cmd)) return fixed(b, i, 4);
  if (cmd === 'p') return fixed(b, i, 5);
  if (cmd === 'D') return nulTerminated(b, i, 2, 33);
  if (cmd === '(') return withLength16(b, i, 5);
  if (cmd === '*') {
    const m = b[i + 2];
    const lo = b[i + 3];
    const hi = b[i + 4];
    if (m === undefined || lo === undefined || hi === undefined) return INCOMPLETE;
    const columns = lo + 256 * hi;
    return fixed(b, i, 5 + columns * (m === 32 || m === 33 ? 3 : 1));
  }
  return 2;
}

export function gsCommandLength(b: Buffer, i: number): number {
  const code = b[i + 1];
  if (code === undefined) return INCOMPLETE;
  const cmd = String.fromCharCode(code);
  switch (cmd) {
    case 'v': {
      if (b[i + 2] !== 0x30) return fixed(b, i, 3);
      if (i + 8 > b.length) return INCOMPLETE;
      const stride = (b[i + 4] ?? 0) + 256 * (b[i + 5] ?? 0);
      const rows = (b[i + 6] ?? 0) + 256 * (b[i + 7] ?? 0);
      return fixed(b, i, 8 + stride * rows);
    }
    case 'V': {
      const m = b[i + 2];
      if (m === undefined) return INCOMPLETE;
      return fixed(b, i, [65, 66, 97, 98, 103, 104].includes(m) ? 4 : 3);
    }
    case '(':
      return withLength16(b, i, 5);
    case '8': {
      // GS 8 L p1 p2 p3 p4: a 32-bit length for large graphics data.
      if (i + 7 > b.length) return INCOMPLETE;
      const len = (b[i + 3] ?? 0) + (b[i + 4] ?? 0) * 0x100 + (b[i + 5] ?? 0) * 0x10000 + (b[i + 6] ?? 0) * 0x1000000;
      return fixed(b, i, 7 + len);
    }
    case 'k': {
      const m = b[i + 2];
      if (m === undefined) return INCOMPLETE;
      if (m <= 6) return nulTerminated(b, i, 3, 256);
      const n = b[i + 3];
      return n === undefined ? INCOMPLETE : fixed(b, i, 4 + n);
    }
    case '*': {
      const x = b[i + 2];
      const y = b[i + 3];
      if (x === undefined || y === undefined) return INCOMPLETE;
      return fixed(b, i, 4 + x * y * 8);
    }
    case 'L':
    case 'W':
    case 'P':
    case '$':
    case '\\':
      return fixed(b, i, 4);
    default:
      // Most remaining GS commands (!, B, H, h, w, f, a, r, I, b, /) take one argument.
      return fixed(b, i, 3);
  }
}

export function fsCommandLength(b: Buffer, i: number): number {
  const code = b[i + 1];
  if (code === undefined) return INCOMPLETE;
  const cmd = String.fromCharCode(code);
  if (cmd === '(') return withLength16(b, i, 5);
  if (cmd === '&' || cmd === '.') return 2;
  if (cmd === 'p' || cmd === 'S') return fixed(b, i, 4);
  return fixed(b, i, 3);
}
