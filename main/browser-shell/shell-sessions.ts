// Browser sessions of the shell: a launch ticket, accepted once, becomes a random session id
// in an HttpOnly cookie, which the page's WebSockets then carry without any script seeing it.
import { randomBytes } from 'node:crypto';

/** Cookies ignore ports: two shells on 127.0.0.1 in one browser must not overwrite each other's. */
export function sessionCookieName(port: number): string {
  return `borne_session_${port}`;
}

export function sessionCookieHeader(name: string, id: string): string {
  return `${name}=${id}; HttpOnly; SameSite=Strict; Path=/`;
}

/** The value of one cookie in a Cookie request header, or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
  }
  return undefined;
}

export class ShellSessions {
  // Random 256-bit ids: a lookup leaks nothing an attacker could use to guess one.
  private readonly ids = new Set<string>();

  open(): string {
    const id = randomBytes(32).toString('base64url');
    this.ids.add(id);
    return id;
  }

  has(id: string | undefined): boolean {
    return id !== undefined && this.ids.has(id);
  }
}
