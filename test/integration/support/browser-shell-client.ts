// A client of a browser shell started as its own process: how it is authorised, and how it
// asks the kiosk contract over the WebSocket like the page does.
import { WebSocket } from 'ws';

export interface ShellClient {
  openKioskSocket(): Promise<WebSocket>;
  ask(ws: WebSocket, channel: string, payload: unknown): Promise<unknown>;
}

interface ReadyLine {
  port: number;
  token?: string;
}

function open(url: string, origin: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { origin });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`WebSocket refused: ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

let nextId = 1;

export const shellClient = {
  launchEnvironment(): { env: NodeJS.ProcessEnv; clientFor(ready: ReadyLine): ShellClient } {
    return {
      env: {},
      clientFor: (ready) => {
        const origin = `http://127.0.0.1:${ready.port}`;
        return {
          openKioskSocket: () => open(`ws://127.0.0.1:${ready.port}/api?token=${ready.token ?? ''}`, origin),
          ask: (ws, channel, payload) =>
            new Promise((resolve) => {
              const id = nextId++;
              ws.on('message', function onMessage(data) {
                const message = JSON.parse(String(data)) as { type: string; id?: number };
                if (message.type !== 'response' || message.id !== id) return;
                ws.off('message', onMessage);
                resolve(message);
              });
              ws.send(JSON.stringify({ type: 'request', id, channel, payload }));
            }),
        };
      },
    };
  },
};
