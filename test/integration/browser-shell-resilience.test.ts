// Any local process can reach the browser shell's port. Whatever it sends (a handshake it
// resets at once, a frame over the size limit, text that is not UTF-8) must cost it its own
// connection, never the kiosk process: the journal and the embedded office live in it too.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect as connectTcp } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { ask, launchEnvironment, type ShellClient } from './support/browser-shell-client.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HANDSHAKE_RESETS = 200;

interface Ready {
  port: number;
  baseUrl: string;
}

let child: ChildProcess;
let ready: Ready;
let output = '';
let client: ShellClient;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'borne-resilience-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>kiosk</title>');
  const { KIOSK_CONFIG: _config, ...env } = process.env;
  const launch = launchEnvironment();
  // The real browser shell entry (the embedded default: mock hardware, its own office backend).
  child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'main/browser-shell/browser-shell-cli.ts')], {
    cwd: ROOT,
    env: { ...env, ...launch.env, KIOSK_PORT: '0', KIOSK_DATA_DIR: join(dir, 'data'), BORNE_RENDERER_DIR: rendererDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  child.once('exit', (code, signal) => (output += `browser shell exited (code ${code}, signal ${signal})\n`));
  ready = await new Promise<Ready>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser shell not ready: ${output}`)), 30_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output += `${line}\n`;
      if (!line.startsWith('BORNE_READY ')) return;
      clearTimeout(timer);
      resolve(JSON.parse(line.slice('BORNE_READY '.length)) as Ready);
    });
    child.once('exit', () => reject(new Error(`browser shell exited before it was ready: ${output}`)));
  });
  client = launch.clientFor(ready);
}, 40_000);

afterAll(async () => {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
});

const alive = (): boolean => child.exitCode === null && child.signalCode === null;

/** An upgrade request with no session (and an old-style wrong token), then a TCP reset before the answer can be read. */
function handshakeThenReset(port: number): Promise<void> {
  return new Promise((resolve) => {
    const socket = connectTcp(port, '127.0.0.1', () => {
      socket.write(
        [
          'GET /api?token=wrong HTTP/1.1',
          `Host: 127.0.0.1:${port}`,
          `Origin: http://127.0.0.1:${port}`,
          'Upgrade: websocket',
          'Connection: Upgrade',
          'Sec-WebSocket-Version: 13',
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
          '',
          '',
        ].join('\r\n'),
      );
      socket.resetAndDestroy();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve());
  });
}

function closeCode(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => {
    ws.on('error', () => undefined);
    ws.once('close', (code) => resolve(code));
  });
}

function httpStatus(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host: `127.0.0.1:${port}` } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser shell under hostile local connections', () => {
  it(`survives ${HANDSHAKE_RESETS} handshakes reset by the client, an oversize frame and invalid UTF-8, and still answers`, async () => {
    const started = Date.now();
    let survived = 0;
    for (let i = 0; i < HANDSHAKE_RESETS && alive(); i += 1) {
      await handshakeThenReset(ready.port);
      // Give the server the moment it needs to trip over the reset, if it does.
      await new Promise((r) => setImmediate(r));
      if (alive()) survived += 1;
    }
    await new Promise((r) => setTimeout(r, 100));
    if (!alive()) survived = Math.min(survived, HANDSHAKE_RESETS - 1);
    console.info(`handshake resets survived: ${survived} of ${HANDSHAKE_RESETS}`);
    expect(alive(), output).toBe(true);
    expect(survived).toBe(HANDSHAKE_RESETS);

    // Over the 64 KiB limit: that connection is closed with "message too big", nothing else.
    const big = await client.openKioskSocket();
    const bigClosed = closeCode(big);
    big.send('x'.repeat(64 * 1024 + 1));
    expect(await bigClosed).toBe(1009);

    // A text frame that is not UTF-8: that connection is closed with "invalid data".
    const garbled = await client.openKioskSocket();
    const garbledClosed = closeCode(garbled);
    garbled.send(Buffer.from([0x7b, 0xc3, 0x28, 0xff, 0x7d]), { binary: false });
    expect(await garbledClosed).toBe(1007);

    // The same process still serves the page and answers the contract.
    expect(alive(), output).toBe(true);
    expect(await httpStatus(ready.port, '/')).toBe(200);
    const ws = await client.openKioskSocket();
    expect(await ask(ws, 'kiosk.info', {})).toMatchObject({ type: 'response', result: { ok: true } });
    ws.close();
    expect(alive(), output).toBe(true);
    console.info(`browser shell resilience test took ${Date.now() - started} ms`);
  }, 60_000);
});
