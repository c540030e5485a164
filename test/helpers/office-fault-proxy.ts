// An HTTP proxy in front of a real office server that misbehaves on demand, before or after the
// office's commit: the faults a kiosk meets between it and its office (a gateway's error page,
// a hang, a socket cut, garbage), and a gateway that delivers a request late behind its back.
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export const FAULTS = [
  'pass',
  // Before the office sees the request:
  'drop-before',
  'html-502-before',
  // A gateway or firewall refusing with its own page: a 4xx that is not the office speaking.
  'html-403-before',
  'hang-before',
  'late-before',
  // After the office has answered (and committed):
  'html-500-after',
  'garbage-after',
  'hang-after',
  'drop-after',
  'html-404-after',
] as const;
export type Fault = (typeof FAULTS)[number];

export interface FaultProxy {
  url: string;
  /** Decides each request's fault; called once per request, in arrival order. */
  setPlan(plan: (req: { method: string; path: string }) => Fault): void;
  /** Requests delivered late ('late-before') still on their way to the office. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

const LATE_MS = 120;

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  let plan: (req: { method: string; path: string }) => Fault = () => 'pass';
  const late = new Set<Promise<void>>();
  const sockets = new Set<Socket>();

  const forward = (req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const headers: IncomingMessage['headers'] = { ...req.headers, host: target.host };
      const out = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: { 'content-type': String(res.headers['content-type'] ?? '') }, body: Buffer.concat(chunks) }));
      });
      out.on('error', reject);
      out.end(body);
    });

  const html = (res: ServerResponse, status: number) => {
    res.writeHead(status, { 'content-type': 'text/html' });
    res.end(`<html><body><h1>${status}</h1><hr>nginx</body></html>`);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const fault = plan({ method: req.method ?? 'GET', path: (req.url ?? '/').split('?')[0] ?? '/' });
      void handle(fault, req, res, body).catch(() => res.destroy());
    });
  });

  async function handle(fault: Fault, req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
    switch (fault) {
      case 'drop-before':
        res.socket?.destroy();
        return;
      case 'html-502-before':
        return html(res, 502);
      case 'html-403-before':
        return html(res, 403);
      case 'hang-before':
        return;
      case 'late-before': {
        html(res, 504);
        const p = new Promise<void>((r) => setTimeout(r, LATE_MS))
          .then(() => forward(req, body))
          .then(
            () => undefined,
            () => undefined,
          );
        late.add(p);
        void p.finally(() => late.delete(p));
        return;
      }
      default:
        break;
    }
    const answer = await forward(req, body);
    switch (fault) {
      case 'pass':
        res.writeHead(answer.status, answer.headers);
        res.end(answer.body);
        return;
      case 'html-500-after':
        return html(res, 500);
      case 'html-404-after':
        return html(res, 404);
      case 'garbage-after':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(answer.body.subarray(0, Math.max(1, Math.floor(answer.body.length / 2))));
        return;
      case 'hang-after':
        return;
      case 'drop-after':
        res.socket?.destroy();
        return;
    }
  }

  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    setPlan(p) {
      plan = p;
    },
    async settled() {
      await Promise.all([...late]);
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
