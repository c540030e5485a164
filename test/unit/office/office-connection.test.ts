import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { kioskConfigSchema } from '../../../main/config/config-schema.js';
import { type OfficeConnection, openOfficeConnection } from '../../../main/office/office-connection.js';
import { KIOSK_DATABASE_MIGRATIONS } from '../../../main/storage/kiosk-migrations.js';
import { SqliteDatabase } from '../../../main/storage/sqlite-database.js';

const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function connect(office: Record<string, unknown>): Promise<{ conn: OfficeConnection; dataDir: string; logged: object[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'borne-conn-'));
  const db = await SqliteDatabase.open(join(dataDir, 'kiosk.sqlite'), KIOSK_DATABASE_MIGRATIONS);
  cleanup.push(() => db.close());
  const config = kioskConfigSchema.parse({
    office: { name: 'Arrondissement Anfa', ...office },
    kiosk: { id: 'k1' },
    hardware: { idReader: { driver: 'mock' }, barcodeScanner: { driver: 'mock' }, printer: { driver: 'mock' } },
  });
  const logged: object[] = [];
  const log = (o: object): void => void logged.push(o);
  const conn = await openOfficeConnection({ config: config.office, db, dataDir, logger: { info: log, warn: log, error: log } });
  cleanup.push(() => conn.close());
  return { conn, dataDir, logged };
}

describe('office connection', () => {
  it('starts the embedded office server on loopback, with its database beside the kiosk one', async () => {
    const { conn, dataDir } = await connect({});
    expect(conn.embedded).toBe(true);
    expect(conn.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await conn.client.health()).toMatchObject({ ok: true });
    expect(existsSync(join(dataDir, 'office.sqlite'))).toBe(true);
    // The kiosk's client carries the token the embedded server was given; nobody else has it.
    expect(await conn.client.getTaxNotice('TSC-2026-000456')).toMatchObject({ ok: true });
    const stranger = await fetch(`${conn.url}/v1/tax-notices/TSC-2026-000456`);
    expect(stranger.status).toBe(401);
    await conn.close();
    expect(await conn.client.health()).toMatchObject({ ok: false, kind: 'unreachable' });
  });

  it('uses a configured backend instead of starting one', async () => {
    const { conn, logged } = await connect({ backendUrl: 'https://bureau.example.ma/api' });
    expect(conn.embedded).toBe(false);
    expect(conn.url).toBe('https://bureau.example.ma/api');
    expect(logged).toContainEqual({ url: 'https://bureau.example.ma/api', embedded: false });
  });
});
