// `OFFICE_TOKEN=... npx tsx main/office-server/office-server-cli.ts [--port 8790] [--db ./var/office.sqlite] [--allowed-hosts a,b]`
// Runs the embedded office backend on 127.0.0.1 and prints its URL on the first line. Kiosks
// send OFFICE_TOKEN as their office.token; without it a random one is made and printed once,
// on the second line, for the operator to copy into the kiosks' configuration.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { startOfficeServer } from './office-server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.OFFICE_PORT ?? '8790' },
    db: { type: 'string', default: process.env.OFFICE_DB ?? 'var/office-server.sqlite' },
    'delay-ms': { type: 'string', default: '0' },
    'allowed-hosts': { type: 'string' },
  },
});

const port = Number(values.port);
const delay = Number(values['delay-ms']);
if (!Number.isInteger(port) || port < 0 || port > 65535 || !Number.isFinite(delay) || delay < 0) {
  process.stderr.write('usage: office-server-cli [--port N (0 = any)] [--db FILE] [--delay-ms N]\n');
  process.exit(2);
}
mkdirSync(dirname(values.db), { recursive: true });
const envToken = process.env.OFFICE_TOKEN;
const token = envToken && envToken.length >= 16 ? envToken : randomBytes(32).toString('base64url');
const allowedHosts = values['allowed-hosts']?.split(',').map((h) => h.trim()).filter(Boolean);
const server = await startOfficeServer({
  port,
  dbPath: values.db,
  token,
  ...(allowedHosts?.length ? { allowedHosts } : {}),
  responseDelayMs: delay,
  logger: {
    info: (o, m) => process.stderr.write(`${m} ${JSON.stringify(o)}\n`),
    warn: (o, m) => process.stderr.write(`warn: ${m} ${JSON.stringify(o)}\n`),
    error: (o, m) => process.stderr.write(`error: ${m} ${JSON.stringify(o)}\n`),
  },
});
process.stdout.write(`office server listening on ${server.url}\n`);
if (token !== envToken) process.stdout.write(`office token (set OFFICE_TOKEN to choose it): ${token}\n`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
