// One frame of a 125 kHz badge reader: STX, 10 hex digits of badge id, 2 hex digits of
// checksum (XOR of the five id bytes), CR LF, ETX. Pure functions, shared by the parser,
// the mock driver and the simulators.

export const STX = 0x02;
export const ETX = 0x03;
export const BADGE_ID_HEX_LENGTH = 10;

/** Why a frame did not give a badge id. Never carries the id itself. */
export type BadgeFrameProblem = 'checksum' | 'malformed' | 'incomplete';

export type BadgeFrameResult = { ok: true; badgeId: string } | { ok: false; reason: BadgeFrameProblem };

const HEX_BODY = /^([0-9A-Fa-f]{10})([0-9A-Fa-f]{2})$/;

/** XOR of the five id bytes, as two upper-case hex digits. `badgeId` must be 10 hex digits. */
export function badgeChecksum(badgeId: string): string {
  let sum = 0;
  for (let i = 0; i < BADGE_ID_HEX_LENGTH; i += 2) sum ^= Number.parseInt(badgeId.slice(i, i + 2), 16);
  return sum.toString(16).toUpperCase().padStart(2, '0');
}

export function isBadgeId(value: string): boolean {
  return /^[0-9A-F]{10}$/.test(value);
}

/**
 * Decodes what came between STX and ETX. CR and LF are optional (some readers leave them
 * out); hex case is ignored and the id comes back upper-case, as the configuration holds it.
 */
export function decodeBadgeFrameBody(body: string): BadgeFrameResult {
  const match = HEX_BODY.exec(body.replace(/\r?\n$|\r$/, ''));
  if (!match?.[1] || !match[2]) return { ok: false, reason: 'malformed' };
  const badgeId = match[1].toUpperCase();
  if (badgeChecksum(badgeId) !== match[2].toUpperCase()) return { ok: false, reason: 'checksum' };
  return { ok: true, badgeId };
}

export interface EncodeBadgeFrameOptions {
  /** Sends a checksum that does not match, as a badge read badly would. */
  corruptChecksum?: boolean;
}

/** The bytes a reader sends for one sighting of `badgeId` (10 hex digits). */
export function encodeBadgeFrame(badgeId: string, options: EncodeBadgeFrameOptions = {}): Buffer {
  const id = badgeId.toUpperCase();
  if (!isBadgeId(id)) throw new Error('a badge id is 10 hexadecimal digits');
  const good = Number.parseInt(badgeChecksum(id), 16);
  const checksum = (options.corruptChecksum ? good ^ 0x5a : good).toString(16).toUpperCase().padStart(2, '0');
  return Buffer.concat([Buffer.from([STX]), Buffer.from(`${id}${checksum}\r\n`, 'latin1'), Buffer.from([ETX])]);
}
