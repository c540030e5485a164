// The browser shell: the same renderer and the same contract as Electron, carried over a
// WebSocket on 127.0.0.1 for development, the end-to-end tests and kiosks that run Chromium.
import { createServer, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { clientMessageSchema, API_PATH, DEV_DOCK_PATH, type ServerMessage } from '../contract/wire-protocol.js';
import { DEV_DOCK_PAGE } from '../electron/app-protocol-handler.js';
import { buildContentSecurityPolicy } from '../electron/content-security-policy.js';
import type { ContractRouter, RequestDispatcher, RouterLogger } from '../services/contract-router.js';
import { exchangeLaunchTicket } from './launch-exchange.js';
import { LaunchTickets, mintLaunchUrl } from './launch-ticket.js';
import { allowedOrigins, isAllowedHost } from './origin-guard.js';
import { cookieValue, sessionCookieName, ShellSessions } from './shell-sessions.js';
import { requestPath, serveStatic } from './static-files.js';

export interface BrowserShellOptions {
  port: number;
  rendererDir: string;
  router: ContractRouter;
  /** Present only when the configuration enables the dev dock. */
  devDock?: RequestDispatcher | undefined;
  logger: RouterLogger & { info(obj: object, msg: string): void };
  /** The secret launch tickets are signed with (see launch-ticket.ts); whoever holds it can mint launch addresses. */
  launchSecret: string;
}

export interface BrowserShell {
  port: number;
  /** http://127.0.0.1:PORT, the page addresses without a ticket. */
  baseUrl: string;
  /** A fresh one-time address of the kiosk page. */
  mintKioskUrl(): string;
  /** A fresh one-time address of the dev dock; undefined when the configuration disables it. */
  mintDevDockUrl(): string | undefined;
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 64 * 1024;

export async function startBrowserShell(opts: BrowserShellOptions): Promise<BrowserShell> {
  const tickets = new LaunchTickets(opts.launchSecret);
  const sessions = new ShellSessions();
  let port = opts.port;
  // Known once listening; no request can arrive before that.
  let csp = '';
  const hidden = new Set(opts.devDock ? [] : [DEV_DOCK_PAGE]);
  const server = createServer((req, res) => {
    if (!isAllowedHost(req.headers.host, port)) {
      res.writeHead(421, { 'Content-Type': 'text/plain' }).end('wrong host');
      return;
    }
    if (exchangeLaunchTicket(req, res, { tickets, sessions, cookieName: () => sessionCookieName(port), logger: opts.logger })) return;
    void serveStatic(req, res, { rootDir: opts.rendererDir, csp, hidden });
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const kioskClients = new Set<WebSocket>();

  // Any local process can open a connection and reset it at once; Node gives an upgraded
  // socket no 'error' listener of its own, and an unheard 'error' ends the whole kiosk.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    logSocketError(opts.logger, err, 'HTTP client error');
    if (socket.writable && err.code !== 'ECONNRESET') socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', (err: NodeJS.ErrnoException) => {
      logSocketError(opts.logger, err, 'WebSocket handshake socket error');
      socket.destroy();
    });
    const pathname = requestPath(req.url);
    const router = pathname === API_PATH ? opts.router : pathname === DEV_DOCK_PATH ? opts.devDock : undefined;
    const refusal = !router
      ? '404 Not Found'
      : !isAllowedHost(req.headers.host, port) || !allowedOrigins(port).has(req.headers.origin ?? '')
        ? '403 Forbidden'
        : !sessions.has(cookieValue(req.headers.cookie, sessionCookieName(port)))
          ? '401 Unauthorized'
          : undefined;
    if (refusal || !router) {
      opts.logger.warn({ path: pathname.slice(0, 100), origin: req.headers.origin ?? null, refusal }, 'WebSocket refused');
      socket.end(`HTTP/1.1 ${refusal ?? '404 Not Found'}\r\nConnection: close\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (router === opts.router) {
        kioskClients.add(ws);
        ws.on('close', () => kioskClients.delete(ws));
      }
      // ws closes the connection itself (1009 over the size limit, 1007 for invalid UTF-8, 1002
      // for a broken frame) and then reports it here: heard, logged, the kiosk carries on.
      ws.on('error', (err: NodeJS.ErrnoException) => logSocketError(opts.logger, err, 'WebSocket connection closed after a protocol error'));
      ws.on('message', (data, isBinary) => {
        answer(ws, router, data, isBinary, opts.logger).catch((err: unknown) =>
          opts.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'WebSocket request could not be answered'),
        );
      });
    });
  });

  const unsubscribe = opts.router.onEvent((channel, payload) => {
    const message = JSON.stringify({ type: 'event', channel, payload } satisfies ServerMessage);
    for (const client of kioskClients) if (client.readyState === WebSocket.OPEN) client.send(message);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : opts.port;
  csp = buildContentSecurityPolicy([`ws://127.0.0.1:${port}`, `ws://localhost:${port}`]);
  const base = `http://127.0.0.1:${port}`;
  opts.logger.info({ port }, 'browser shell listening on loopback');
  return {
    port,
    baseUrl: base,
    mintKioskUrl: () => mintLaunchUrl(base, '/', opts.launchSecret),
    mintDevDockUrl: () => (opts.devDock ? mintLaunchUrl(base, DEV_DOCK_PAGE, opts.launchSecret) : undefined),
    close: async () => {
      unsubscribe();
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}

/** A reset by the peer is everyday network noise; anything else is worth a line, never the message's content. */
function logSocketError(logger: RouterLogger, err: NodeJS.ErrnoException, msg: string): void {
  if (err.code === 'ECONNRESET' || err.code === 'EPIPE') return;
  logger.warn({ code: err.code ?? null, reason: err.message.slice(0, 120) }, msg);
}

async function answer(ws: WebSocket, router: RequestDispatcher, data: unknown, isBinary: boolean, logger: RouterLogger): Promise<void> {
  let parsed: unknown;
  try {
    parsed = isBinary ? undefined : JSON.parse(String(data));
  } catch {
    parsed = undefined;
  }
  const message = clientMessageSchema.safeParse(parsed);
  if (!message.success) {
    logger.warn({}, 'malformed WebSocket message dropped');
    return;
  }
  const result = await router.dispatch(message.data.channel, message.data.payload);
  if (ws.readyState === WebSocket.OPEN) {
    ws.send(JSON.stringify({ type: 'response', id: message.data.id, result } satisfies ServerMessage));
  }
}
