// The browser shell listens on loopback only, but any web page the kiosk's browser (or a
// technician's) visits could still try to reach it: check Host (DNS rebinding), Origin and
// the launch token on every WebSocket.
import { timingSafeEqual } from 'node:crypto';

export function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function tokenMatches(expected: string, given: string | null): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
