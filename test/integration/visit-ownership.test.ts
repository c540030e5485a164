// Main owns the citizen's visit. A page that reloads mid-visit (a renderer crash, a Chromium
// reload) or a visit left with no page at all must not leave main believing a citizen is being
// served: that refuses every staff badge, with nothing on screen to say why. The kiosk
// runtime here runs on a fake clock, with the same router the screens use and a mock badge
// reader at the hardware boundary.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_BADGE_HOLD_GAP_MS } from '../../hardware/badge-reader/badge-read-pipeline.js';
import { MockBadgeReader } from '../../hardware/badge-reader/badge-reader-mock.js';
import { kioskConfigSchema } from '../../main/config/config-schema.js';
import type { EventChannel } from '../../main/contract/kiosk-contract.js';
import { type KioskRuntime, startKioskRuntime } from '../../main/services/kiosk-runtime.js';
import { hashPin } from '../../main/staff/pin-hash.js';
import { sleep, waitUntil } from '../helpers/socat-pty.js';

const CLERK_BADGE = '0F00A1B2C3';
const FAST = { N: 1024, r: 8, p: 1 };
const IDLE = { warningAfterSeconds: 30, resetAfterWarningSeconds: 20, resultScreenSeconds: 8 };
/** The screen's 30 + 20 s, then main's 15 s margin. */
const MAIN_LIMIT_MS = 65_000;

let accounts: unknown[];
let dir: string;
let rt: KioskRuntime;
let clockMs: number;
let events: Array<{ channel: EventChannel; payload: Record<string, unknown> }>;

beforeAll(async () => {
  accounts = [{ id: 'clerk-01', displayName: 'Khadija B.', role: 'staff', badgeId: CLERK_BADGE, pinHash: await hashPin('2468', FAST) }];
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'borne-visit-'));
  clockMs = Date.UTC(2026, 2, 2, 9, 0, 0);
  const config = kioskConfigSchema.parse({
    office: { name: 'Arrondissement Sidi Moumen' },
    kiosk: { id: 'it-kiosk', referenceCode: 'KIT' },
    idle: IDLE,
    staff: { accounts, sessionIdleSeconds: 300 },
    hardware: { idReader: { driver: 'mock' }, barcodeScanner: { driver: 'mock' }, printer: { driver: 'mock', paperWidthMm: 80 }, badgeReader: { driver: 'mock' } },
  });
  rt = await startKioskRuntime({ config, dataDir: join(dir, 'data'), logger: pino({ level: 'silent' }), now: () => new Date(clockMs) });
  events = [];
  rt.router.onEvent((channel, payload) => events.push({ channel, payload: payload as Record<string, unknown> }));
  await waitUntil('badge reader ready', () => rt.devices.badgeReader?.status().state === 'ready');
});

afterEach(async () => {
  await rt.close();
  await rm(dir, { recursive: true, force: true });
});

async function call(channel: string, payload: unknown): Promise<Record<string, unknown>> {
  const r = await rt.router.dispatch(channel, payload);
  if (!r.ok) throw Object.assign(new Error(`${channel}: ${r.error.code}`), { code: r.error.code });
  return r.value as Record<string, unknown>;
}

const of = (channel: EventChannel) => events.filter((e) => e.channel === channel).map((e) => e.payload);

/** Holds the clerk's badge to the reader; returns the staff.badge events it caused (none when ignored). */
async function presentClerkBadge(): Promise<Array<Record<string, unknown>>> {
  const reader = rt.devices.badgeReader;
  if (!(reader instanceof MockBadgeReader)) throw new Error('expected the mock badge reader');
  const before = of('staff.badge').length;
  expect(reader.present(CLERK_BADGE, { frames: 2 })).toBe(true);
  // Handled on a queue: time to answer or be ignored, and past the reader's hold gap so the
  // next presentation is a new read rather than the same badge still held.
  await sleep(DEFAULT_BADGE_HOLD_GAP_MS + 100);
  return of('staff.badge').slice(before);
}

async function startVisit(): Promise<string> {
  const { sessionId } = (await call('session.start', { language: 'fr' })) as { sessionId: string };
  return sessionId;
}

describe('the visit belongs to main', () => {
  it('a page that (re)loads mid-visit ends the visit: the next staff badge opens the sign-in', async () => {
    const sessionId = await startVisit();
    expect(await presentClerkBadge(), 'during the visit the badge is ignored').toEqual([]);

    await call('kiosk.pageLoaded', {});

    expect(of('session.expired')).toEqual([{ sessionId }]);
    await expect(call('session.setLanguage', { sessionId, language: 'ar' })).rejects.toMatchObject({ code: 'stale-session' });
    expect(await presentClerkBadge()).toEqual([expect.objectContaining({ kind: 'sign-in', displayName: 'Khadija B.' })]);
  });

  it("a renderer that dies ends the visit from the shell's side too", async () => {
    const sessionId = await startVisit();
    rt.endCitizenVisit('renderer-gone');
    expect(of('session.expired')).toEqual([{ sessionId }]);
    expect(await presentClerkBadge()).toEqual([expect.objectContaining({ kind: 'sign-in' })]);
  });

  it('a visit left with no page ends in main after the idle limit plus the margin', async () => {
    const sessionId = await startVisit();
    clockMs += MAIN_LIMIT_MS - 1_000;
    // Main checks every second: two checks past, the visit is still on.
    await sleep(2_100);
    expect(of('session.expired')).toEqual([]);
    expect(await presentClerkBadge()).toEqual([]);

    clockMs += 1_000;
    await waitUntil('main ends the visit', () => of('session.expired').length > 0, 3_000);
    expect(of('session.expired')).toEqual([{ sessionId }]);
    expect(await presentClerkBadge()).toEqual([expect.objectContaining({ kind: 'sign-in' })]);
  });

  it("the page's touch reports keep the visit; in speak mode the limit doubles", async () => {
    const sessionId = await startVisit();
    clockMs += MAIN_LIMIT_MS - 5_000;
    await call('session.touch', { sessionId, slowTimings: true });
    // Past the normal limit from the touch, inside the doubled one (2 x 50 s + 15 s).
    clockMs += MAIN_LIMIT_MS + 10_000;
    await sleep(1_200);
    expect(of('session.expired')).toEqual([]);
    clockMs += 2 * 50_000 + 15_000 - (MAIN_LIMIT_MS + 10_000);
    await waitUntil('main ends the visit', () => of('session.expired').length > 0, 3_000);
  });
});
