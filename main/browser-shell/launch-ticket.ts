// One-time launch addresses for the browser shell. The address a browser is started with ends
// up where other local users can read it (Chromium's command line in /proc), so it must be
// worth nothing once opened: it carries a ticket (nonce + HMAC of the nonce under the launch
// secret) that the shell accepts once, trading it for an HttpOnly session cookie. Whoever holds
// the secret (the process that started the shell, through the environment, never argv) can
// mint more tickets without asking the shell.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { LAUNCH_QUERY_KEY } from '../contract/wire-protocol.js';

/** The environment variable that hands the launch secret to a browser shell started as a child. */
export const LAUNCH_SECRET_ENV = 'BORNE_LAUNCH_SECRET';
const MIN_SECRET_LENGTH = 32;
const NONCE_BYTES = 18;
const TICKET = /^([A-Za-z0-9_-]{24})\.([A-Za-z0-9_-]{43})$/;

export function createLaunchSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The launch secret from the environment, removed from it so that nothing this process starts
 * (Chromium) inherits it; a fresh one when none was given.
 */
export function takeLaunchSecret(env: NodeJS.ProcessEnv = process.env): string {
  const given = env[LAUNCH_SECRET_ENV];
  delete env[LAUNCH_SECRET_ENV];
  if (given === undefined || given === '') return createLaunchSecret();
  if (given.length < MIN_SECRET_LENGTH) throw new Error(`${LAUNCH_SECRET_ENV} must be at least ${MIN_SECRET_LENGTH} characters`);
  return given;
}

function mac(secret: string, nonce: string): string {
  return createHmac('sha256', secret).update(`borne-launch:${nonce}`).digest('base64url');
}

export function mintLaunchTicket(secret: string): string {
  const nonce = randomBytes(NONCE_BYTES).toString('base64url');
  return `${nonce}.${mac(secret, nonce)}`;
}

/** http://127.0.0.1:PORT/page?launch=TICKET: good for one first load of `page`. */
export function mintLaunchUrl(baseUrl: string, pagePath: string, secret: string): string {
  return `${baseUrl}${pagePath}?${LAUNCH_QUERY_KEY}=${mintLaunchTicket(secret)}`;
}

/** The shell's side: each genuine ticket is accepted once. */
export class LaunchTickets {
  // Only tickets minted with the secret ever get here, so the set grows with real launches only.
  private readonly used = new Set<string>();

  constructor(private readonly secret: string) {}

  accept(ticket: string): boolean {
    const parts = TICKET.exec(ticket);
    if (!parts) return false;
    const [, nonce = '', given = ''] = parts;
    const expected = Buffer.from(mac(this.secret, nonce));
    const received = Buffer.from(given);
    if (expected.length !== received.length || !timingSafeEqual(expected, received)) return false;
    if (this.used.has(nonce)) return false;
    this.used.add(nonce);
    return true;
  }
}
