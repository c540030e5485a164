// Staff PINs are kept as scrypt hashes: `scrypt$N$r$p$<salt>$<key>`, salt and key in
// base64, so the cost can be raised later without breaking the hashes already in the
// configuration. A 4-8 digit PIN is weak on its own: the slow hash protects a leaked
// configuration file, the lockout protects the keypad.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 8;

export interface ScryptCost {
  /** CPU/memory cost, a power of two. */
  N: number;
  r: number;
  p: number;
}

/** About 100 ms and 32 MiB on the kiosk's CPU: slow for a guesser, unnoticeable at a keypad. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };

const SALT_BYTES = 16;
const KEY_BYTES = 32;
// Bounds on what a configuration may ask for, so a mistyped hash cannot stall the kiosk.
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

export interface ParsedPinHash {
  cost: ScryptCost;
  salt: Buffer;
  key: Buffer;
}

export type PinFormatProblem = 'not-digits' | 'length';

/** Why `pin` cannot be a PIN at all, or null when it has the right shape. */
export function pinFormatProblem(pin: string): PinFormatProblem | null {
  if (!/^[0-9]*$/.test(pin)) return 'not-digits';
  if (pin.length < PIN_MIN_LENGTH || pin.length > PIN_MAX_LENGTH) return 'length';
  return null;
}

function scrypt(pin: string, salt: Buffer, keyLength: number, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scryptCallback(pin.normalize('NFC'), salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

export async function hashPin(pin: string, cost: ScryptCost = DEFAULT_SCRYPT_COST): Promise<string> {
  const problem = pinFormatProblem(pin);
  if (problem) throw new Error(`a PIN is ${PIN_MIN_LENGTH} to ${PIN_MAX_LENGTH} digits (${problem})`);
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(pin, salt, KEY_BYTES, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** The parts of a hash string, or a plain-words reason it is not one (for the config check). */
export function parsePinHash(hash: string): ParsedPinHash | string {
  const parts = hash.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return 'must look like scrypt$N$r$p$salt$key (made by main/staff/hash-pin-cli.ts)';
  const [N, r, p] = parts.slice(1, 4).map((n) => (/^[0-9]{1,8}$/.test(n ?? '') ? Number(n) : Number.NaN));
  if (N === undefined || r === undefined || p === undefined) return 'has missing parts';
  if (!(N >= 2 && N <= MAX_N && (N & (N - 1)) === 0)) return `N must be a power of two up to ${MAX_N}`;
  if (!(r >= 1 && r <= MAX_R) || !(p >= 1 && p <= MAX_P)) return `r must be 1-${MAX_R} and p 1-${MAX_P}`;
  const salt = decodeBase64(parts[4] ?? '');
  const key = decodeBase64(parts[5] ?? '');
  if (!salt || salt.length < 8) return 'salt must be at least 8 bytes of base64';
  if (!key || key.length < 16 || key.length > 64) return 'key must be 16-64 bytes of base64';
  return { cost: { N, r, p }, salt, key };
}

/** True when `pin` matches; false for any other PIN or an unusable hash. Constant-time compare. */
export async function verifyPinHash(pin: string, hash: string): Promise<boolean> {
  const parsed = parsePinHash(hash);
  if (typeof parsed === 'string') return false;
  const key = await scrypt(pin, parsed.salt, parsed.key.length, parsed.cost);
  return timingSafeEqual(key, parsed.key);
}

function decodeBase64(text: string): Buffer | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  return Buffer.from(text, 'base64');
}
