// The first load of a one-time launch address: the ticket is spent, the browser gets its
// session cookie and is sent on to the same page without the ticket, so the address bar,
// history and any later Referer hold nothing worth stealing.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LAUNCH_QUERY_KEY } from '../contract/wire-protocol.js';
import type { LaunchTickets } from './launch-ticket.js';
import { cookieValue, sessionCookieHeader, type ShellSessions } from './shell-sessions.js';
import { requestPath } from './static-files.js';

export interface LaunchExchange {
  tickets: LaunchTickets;
  sessions: ShellSessions;
  cookieName: () => string;
  logger: { warn(obj: object, msg: string): void };
}

/** True when the request carried a ticket and has been answered here. */
export function exchangeLaunchTicket(req: IncomingMessage, res: ServerResponse, exchange: LaunchExchange): boolean {
  const target = req.url ?? '/';
  const queryAt = target.indexOf('?');
  if (req.method !== 'GET' || queryAt < 0) return false;
  const query = new URLSearchParams(target.slice(queryAt + 1).split('#', 1)[0]);
  const ticket = query.get(LAUNCH_QUERY_KEY);
  if (ticket === null) return false;
  query.delete(LAUNCH_QUERY_KEY);
  const rest = query.toString();
  const clean = `${requestPath(target)}${rest ? `?${rest}` : ''}`;
  const headers = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' };
  const name = exchange.cookieName();
  if (exchange.tickets.accept(ticket)) {
    res.writeHead(303, { ...headers, Location: clean, 'Set-Cookie': sessionCookieHeader(name, exchange.sessions.open()) }).end();
    return true;
  }
  // A browser that already holds a session (a reload of the first address) just goes on.
  if (exchange.sessions.has(cookieValue(req.headers.cookie, name))) {
    res.writeHead(303, { ...headers, Location: clean }).end();
    return true;
  }
  exchange.logger.warn({ path: requestPath(target).slice(0, 100) }, 'launch address refused: already used or not genuine');
  res
    .writeHead(403, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' })
    .end('This launch address has already been used or is not genuine. Start the kiosk again for a new one.\n');
  return true;
}
