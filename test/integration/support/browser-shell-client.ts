// A client of the browser shell that behaves like the page: it opens a one-time launch address,
// keeps the session cookie it is given, and asks the kiosk contract over the WebSocket with it.
import { request } from 'node:http';
import { WebSocket } from 'ws';
import { createLaunchSecret, LAUNCH_SECRET_ENV, mintLaunchUrl } from '../../../main/browser-shell/launch-ticket.js';

export interface LaunchAnswer {
  status: number;
  location: string | undefined;
  setCookie: string | undefined;
  /** name=value of the session cookie, ready for a Cookie header. */
  cookie: string | undefined;
  body: string;
}

/** GET a launch address as a browser would on its first load (no redirect followed). */
export function openLaunchUrl(url: string, cookie?: string): Promise<LaunchAnswer> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, headers: { host: target.host, ...(cookie ? { cookie } : {}) } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => {
          const setCookie = res.headers['set-cookie']?.[0];
          resolve({ status: res.statusCode ?? 0, location: res.headers.location, setCookie, cookie: setCookie?.split(';', 1)[0], body });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** A WebSocket to the shell, or the HTTP status it was refused with. */
export function connectSocket(url: string, origin: string, cookie?: string): Promise<{ ws: WebSocket } | { refused: number }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { origin, headers: cookie ? { cookie } : {} });
    ws.once('open', () => resolve({ ws }));
    ws.once('unexpected-response', (_req, res) => resolve({ refused: res.statusCode ?? 0 }));
    ws.once('error', () => resolve({ refused: -1 }));
  });
}

let nextId = 1;

/** One request on the contract, answered by the response with its id. */
export function ask(ws: WebSocket, channel: string, payload: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const id = nextId++;
    ws.on('message', function onMessage(data) {
      const message = JSON.parse(String(data)) as { type: string; id?: number };
      if (message.type !== 'response' || message.id !== id) return;
      ws.off('message', onMessage);
      resolve(message);
    });
    ws.send(JSON.stringify({ type: 'request', id, channel, payload }));
  });
}

export interface ShellClient {
  /** A kiosk-page WebSocket, authorised by a session from a fresh one-time launch address. */
  openKioskSocket(): Promise<WebSocket>;
}

/** A session cookie from a printed launch address (the one `npm start` or the entry printed). */
export async function sessionFrom(launchUrl: string): Promise<string> {
  const answer = await openLaunchUrl(launchUrl);
  if (answer.status !== 303 || !answer.cookie) throw new Error(`launch address refused: ${answer.status} ${answer.body}`);
  return answer.cookie;
}

export async function openKioskSocketWith(port: number, cookie: string): Promise<WebSocket> {
  const result = await connectSocket(`ws://127.0.0.1:${port}/api`, `http://127.0.0.1:${port}`, cookie);
  if (!('ws' in result)) throw new Error(`WebSocket refused: ${result.refused}`);
  return result.ws;
}

/** What a parent process gives a browser shell it starts so that it can mint launch addresses itself. */
export function launchEnvironment(): { env: NodeJS.ProcessEnv; clientFor(ready: { port: number; baseUrl: string }): ShellClient } {
  const secret = createLaunchSecret();
  return {
    env: { [LAUNCH_SECRET_ENV]: secret },
    clientFor: (ready) => ({
      openKioskSocket: async () => openKioskSocketWith(ready.port, await sessionFrom(mintLaunchUrl(ready.baseUrl, '/', secret))),
    }),
  };
}
