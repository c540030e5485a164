// The staff mode inside a running kiosk, with real parts: a serial badge reader on a socat
// pseudo-terminal, a TCP virtual printer whose bytes are decoded, real SQLite files, and the
// same contract router the screens talk to.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderReceiptBitmap } from '../../hardware/printer/receipt-raster.js';
import { holdBadge } from '../../hardware/simulators/badge-holder.js';
import { VirtualPrinter } from '../../hardware/simulators/virtual-printer.js';
import { kioskConfigSchema } from '../../main/config/config-schema.js';
import type { EventChannel } from '../../main/contract/kiosk-contract.js';
import { type KioskRuntime, startKioskRuntime } from '../../main/services/kiosk-runtime.js';
import { hashPin } from '../../main/staff/pin-hash.js';
import { SerialDeviceSimulator, sleep, waitUntil } from '../helpers/socat-pty.js';

const CLERK_BADGE = '0F00A1B2C3';
const TECH_BADGE = '1234567890';
const STRANGER_BADGE = 'ABCDEF0123';
const FAST = { N: 1024, r: 8, p: 1 };
const HOLD_GAP_MS = 200;

type Value = Record<string, unknown>;
interface Event {
  channel: EventChannel;
  payload: Value;
}

let accounts: unknown[];
let dir: string;
let sim: SerialDeviceSimulator;
let vp: VirtualPrinter;
let rt: KioskRuntime;
let events: Event[];

beforeAll(async () => {
  accounts = [
    { id: 'clerk-01', displayName: 'Khadija B.', role: 'staff', badgeId: CLERK_BADGE, pinHash: await hashPin('8024', FAST) },
    { id: 'tech-01', displayName: 'Youssef T.', role: 'technician', badgeId: TECH_BADGE, pinHash: await hashPin('13579', FAST) },
  ];
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'borne-staff-mode-'));
  sim = await SerialDeviceSimulator.start({ dir, name: 'badge-reader' });
  vp = new VirtualPrinter({ port: 0 });
  const port = await vp.start();
  const config = kioskConfigSchema.parse({
    office: { name: 'Arrondissement Sidi Moumen' },
    kiosk: { id: 'it-kiosk', referenceCode: 'KIT' },
    staff: { accounts, sessionIdleSeconds: 300 },
    hardware: {
      idReader: { driver: 'mock' },
      barcodeScanner: { driver: 'mock' },
      printer: { driver: 'escpos', interface: `tcp://127.0.0.1:${port}`, paperWidthMm: 80, timeoutMs: 2000, statusPollMs: 0 },
      badgeReader: { driver: 'serial', path: sim.devicePath, baudRate: 9600, holdGapMs: HOLD_GAP_MS },
    },
  });
  rt = await startKioskRuntime({ config, dataDir: join(dir, 'data'), logger: pino({ level: 'silent' }) });
  events = [];
  rt.router.onEvent((channel, payload) => events.push({ channel, payload: payload as Value }));
  await waitUntil('badge reader ready', () => rt.devices.badgeReader?.status().state === 'ready');
});

afterEach(async () => {
  await rt.close();
  await vp.stop();
  await sim.stop();
  await rm(dir, { recursive: true, force: true });
});

async function call(channel: string, payload: unknown): Promise<Value> {
  const r = await rt.router.dispatch(channel, payload);
  if (!r.ok) throw Object.assign(new Error(`${channel}: ${r.error.code} ${r.error.message}`), { code: r.error.code });
  return r.value as Value;
}

async function refusedCode(channel: string, payload: unknown): Promise<string> {
  const r = await rt.router.dispatch(channel, payload);
  return r.ok ? 'accepted' : r.error.code;
}

const staffBadges = () => events.filter((e) => e.channel === 'staff.badge').map((e) => e.payload);
const sessionEnds = () => events.filter((e) => e.channel === 'staff.sessionEnded').map((e) => e.payload);

/** Holds a badge to the reader and returns the staff.badge event it caused. */
async function presentBadge(badgeId: string, corruptChecksum = false): Promise<Value> {
  const before = staffBadges().length;
  await holdBadge(sim, badgeId, { frames: 3, intervalMs: 30, corruptChecksum });
  await waitUntil('a staff.badge event', () => staffBadges().length > before);
  // Past the reader's hold gap, so the next presentation of the same badge is a new read.
  await sleep(HOLD_GAP_MS + 100);
  return staffBadges()[before]!;
}

async function signIn(badgeId = CLERK_BADGE, pin = '8024'): Promise<string> {
  const badge = await presentBadge(badgeId);
  expect(badge).toMatchObject({ kind: 'sign-in' });
  const verdict = await call('staff.verifyPin', { attemptId: badge.attemptId, pin });
  expect(verdict).toMatchObject({ kind: 'ok' });
  return verdict.staffToken as string;
}

async function takeTicket(): Promise<{ number: string; print: Value }> {
  const { sessionId } = (await call('session.start', { language: 'fr' })) as { sessionId: string };
  const r = await call('queue.takeTicket', { sessionId, serviceId: 'legalisation' });
  await call('session.end', { sessionId, reason: 'done' });
  return { number: (r.ticket as { number: string }).number, print: r.print as Value };
}

async function auditActions(): Promise<Array<[string | null, string, string | null, string | null]>> {
  await rt.staffMode!.service.settled();
  const { items } = await rt.staffMode!.auditLog.list({ limit: 200 });
  return items.map((e) => [e.account, e.action, e.target, e.outcome]);
}

describe('staff mode in the kiosk', () => {
  it('badge, PIN, search, view and reprint with the copy mark and its count on paper, then sign-out', async () => {
    const ticket = await takeTicket();
    expect(ticket.print).toEqual({ ok: true });
    const original = await vp.waitForJob();

    const badge = await presentBadge(CLERK_BADGE);
    expect(badge).toMatchObject({ kind: 'sign-in', displayName: 'Khadija B.', role: 'staff' });
    expect(await call('staff.verifyPin', { attemptId: badge.attemptId, pin: '24a8' })).toEqual({ kind: 'invalid' });
    const ok = await call('staff.verifyPin', { attemptId: badge.attemptId, pin: '8024' });
    expect(ok).toMatchObject({ kind: 'ok', account: { displayName: 'Khadija B.', role: 'staff' }, idleSeconds: 300 });
    // The attempt served its sign-in.
    expect(await call('staff.verifyPin', { attemptId: badge.attemptId, pin: '8024' })).toEqual({ kind: 'expired' });
    const staffToken = ok.staffToken as string;

    const found = await call('staff.journal.search', { staffToken, number: ticket.number.toLowerCase() });
    expect(found).toMatchObject({ kind: 'page', total: 1, items: [{ number: ticket.number, kind: 'ticket', state: 'printed', reprintCount: 0 }] });
    const entry = (found.items as Value[])[0]!;
    expect(entry.officeTime).toMatch(/^\d{2}:\d{2}$/);
    expect(await call('staff.journal.search', { staffToken, from: '2026-11-20', to: '2026-11-01' })).toMatchObject({ kind: 'invalid', message: expect.stringContaining('backwards') });

    // The preview is the very bitmap that came out of the printer.
    const shown = await call('staff.journal.view', { staffToken, id: entry.id });
    expect(shown).toMatchObject({ kind: 'found', widthDots: 576, heightDots: original.decoded.images[0]!.height });
    expect(Buffer.from(shown.pngBase64 as string, 'base64').equals(original.decoded.images[0]!.png)).toBe(true);

    const stored = (await rt.journal.get(entry.id as number))!.receipt;
    for (const count of [1, 2]) {
      expect(await call('staff.journal.reprint', { staffToken, id: entry.id })).toEqual({ kind: 'printed', reprintCount: count });
      const copy = (await vp.waitForJob()).decoded.images[0]!;
      const expected = await renderReceiptBitmap({ ...stored, copyMark: `DUPLICATA / نسخة · ${count}` }, { paperWidthDots: 576 });
      const otherCount = await renderReceiptBitmap({ ...stored, copyMark: `DUPLICATA / نسخة · ${count + 1}` }, { paperWidthDots: 576 });
      expect(Buffer.from(copy.mono).equals(Buffer.from(expected.mono))).toBe(true);
      expect(Buffer.from(copy.mono).equals(Buffer.from(otherCount.mono))).toBe(false);
      expect(copy.height).toBeGreaterThan(original.decoded.images[0]!.height);
    }
    expect(vp.jobs.flatMap((j) => j.decoded.qrPayloads)).toEqual(Array(3).fill(original.decoded.qrPayloads[0]));
    expect(await call('staff.journal.reprint', { staffToken, id: 999_999 })).toEqual({ kind: 'not-found' });
    expect(await call('staff.journal.search', { staffToken, number: ticket.number })).toMatchObject({ items: [{ reprintCount: 2, state: 'printed' }] });

    expect(await call('staff.signOut', { staffToken })).toEqual({});
    await waitUntil('session ended event', () => sessionEnds().length === 1);
    expect(sessionEnds()).toEqual([{ reason: 'signed-out' }]);
    expect(await refusedCode('staff.journal.search', { staffToken })).toBe('staff-session-ended');
    expect(await refusedCode('staff.touch', { staffToken })).toBe('staff-session-ended');

    const audit = await auditActions();
    expect(audit).toEqual(
      expect.arrayContaining([
        ['clerk-01', 'sign-in-refused', null, 'invalid-pin not-digits'],
        ['clerk-01', 'sign-in', null, 'ok'],
        ['clerk-01', 'journal-search', `number=${ticket.number.toLowerCase()}`, 'found=1'],
        ['clerk-01', 'journal-search', 'from=2026-11-20 to=2026-11-01', 'invalid'],
        ['clerk-01', 'receipt-view', ticket.number, 'shown'],
        ['clerk-01', 'reprint', ticket.number, 'printed reprint=1'],
        ['clerk-01', 'reprint', ticket.number, 'printed reprint=2'],
        ['clerk-01', 'reprint', 'id=999999', 'not-found'],
        ['clerk-01', 'sign-out', null, 'signed-out'],
      ]),
    );
    // Names and badges stay out of the trail's targets and outcomes.
    expect(JSON.stringify(audit)).not.toContain(CLERK_BADGE);
  });

  it('locks a badge after five wrong PINs, and tells unknown and unreadable badges apart', async () => {
    const badge = await presentBadge(CLERK_BADGE);
    const verdicts = [];
    for (let i = 0; i < 5; i++) verdicts.push(await call('staff.verifyPin', { attemptId: badge.attemptId, pin: '0000' }));
    expect(verdicts.slice(0, 4)).toEqual([4, 3, 2, 1].map((attemptsLeft) => ({ kind: 'wrong', attemptsLeft })));
    expect(verdicts[4]).toMatchObject({ kind: 'locked', until: expect.any(String) });
    // Even the right PIN does not open a locked badge, and badging again says locked.
    expect(await call('staff.verifyPin', { attemptId: badge.attemptId, pin: '8024' })).toEqual({ kind: 'expired' });
    expect(await presentBadge(CLERK_BADGE)).toEqual({ kind: 'locked', until: (verdicts[4] as Value).until });

    expect(await presentBadge(STRANGER_BADGE)).toEqual({ kind: 'unknown' });
    expect(await presentBadge(TECH_BADGE, true)).toEqual({ kind: 'unreadable' });

    // Another clerk is not locked by it.
    await signIn(TECH_BADGE, '13579');

    const audit = await auditActions();
    expect(audit.filter(([, action]) => action === 'sign-in-refused').map(([account, , , outcome]) => [account, outcome])).toEqual(
      expect.arrayContaining([
        ['clerk-01', 'wrong-pin attempts-left=4'],
        ['clerk-01', 'wrong-pin attempts-left=1'],
        ['clerk-01', expect.stringMatching(/^locked until=/)],
        [null, 'unknown-badge'],
        [null, 'unreadable-badge'],
      ]),
    );
    expect(audit).toContainEqual(['tech-01', 'sign-in', null, 'ok']);
  });

  it('ignores a badge while a citizen is served, and ends the session when the clerk taps out', async () => {
    const { sessionId } = (await call('session.start', { language: 'ar' })) as { sessionId: string };
    await holdBadge(sim, CLERK_BADGE, { frames: 3, intervalMs: 30 });
    await sleep(HOLD_GAP_MS + 100);
    await call('session.end', { sessionId, reason: 'done' });
    // Badges are handled in order: once this one is answered, the one before was ignored.
    expect(await presentBadge(STRANGER_BADGE)).toEqual({ kind: 'unknown' });
    expect(staffBadges()).toEqual([{ kind: 'unknown' }]);

    const staffToken = await signIn();
    // A second clerk badging opens a keypad; the first session goes on until that clerk signs in.
    expect(await presentBadge(TECH_BADGE)).toMatchObject({ kind: 'sign-in', displayName: 'Youssef T.' });
    expect(await call('staff.touch', { staffToken })).toEqual({});
    await holdBadge(sim, CLERK_BADGE, { frames: 3, intervalMs: 30 });
    await waitUntil('tap out', () => sessionEnds().length === 1);
    expect(sessionEnds()).toEqual([{ reason: 'badge' }]);
    expect(await refusedCode('staff.pending.list', { staffToken })).toBe('staff-session-ended');
  });

  it('keeps a ticket printed into an empty printer pending, and prints it exactly once when staff print all after loading paper', async () => {
    await vp.setState('paper-out');
    const ticket = await takeTicket();
    expect(ticket.print).toEqual({ ok: false, reason: 'paper-out' });
    const staffToken = await signIn();

    const pending = await call('staff.pending.list', { staffToken });
    expect(pending).toMatchObject({ total: 1, items: [{ number: ticket.number, state: 'pending', printFailure: 'paper-out' }] });
    const id = (pending.items as Value[])[0]!.id as number;
    // Still no paper: the run stops at the first failure and says why.
    expect(await call('staff.pending.print', { staffToken, target: 'all' })).toEqual({ printed: 0, remaining: 1, stoppedBy: 'paper-out' });
    expect(vp.jobs).toHaveLength(0);

    await vp.setState('ready');
    // Two quick taps: the prints run one after the other, the second finds nothing left.
    const [first, second] = await Promise.all([
      call('staff.pending.print', { staffToken, target: 'all' }),
      call('staff.pending.print', { staffToken, target: { id } }),
    ]);
    expect(first).toEqual({ printed: 1, remaining: 0 });
    expect(second).toEqual({ printed: 0, remaining: 0 });
    await sleep(300);
    expect(vp.jobs).toHaveLength(1);
    // The original, not a copy: same bitmap as the stored receipt drawn without a banner.
    const stored = (await rt.journal.get(id))!;
    const expected = await renderReceiptBitmap(stored.receipt, { paperWidthDots: 576 });
    expect(Buffer.from(vp.jobs[0]!.decoded.images[0]!.mono).equals(Buffer.from(expected.mono))).toBe(true);
    expect(stored).toMatchObject({ state: 'printed', reprintCount: 0, printFailure: null });
    expect(await call('staff.pending.list', { staffToken })).toEqual({ items: [], total: 0 });

    const audit = await auditActions();
    expect(audit).toContainEqual(['clerk-01', 'pending-print', 'all', 'printed=0 remaining=1 stopped-by=paper-out']);
    expect(audit).toContainEqual(['clerk-01', 'pending-print', 'all', `printed=1 (${ticket.number}) remaining=0`]);
    expect(audit).toContainEqual(['clerk-01', 'pending-print', `id=${id}`, 'printed=0 remaining=0']);
  });

  it('counts a reprint asked while the paper is out, shows the day summary and exports the audit trail', async () => {
    const ticket = await takeTicket();
    await vp.waitForJob();
    const staffToken = await signIn();
    const [entry] = (await rt.journal.search({ number: ticket.number })).items;
    await vp.setState('paper-out');
    expect(await call('staff.journal.reprint', { staffToken, id: entry!.id })).toEqual({ kind: 'not-printed', reason: 'paper-out', reprintCount: 1 });
    expect(await call('staff.summary.print', { staffToken })).toEqual({ ok: false, reason: 'paper-out' });
    await vp.setState('ready');

    const summary = await call('staff.summary.view', { staffToken });
    expect(summary).toMatchObject({ day: entry!.officeDay, totals: { tickets: 1, reprints: 1 } });
    expect(await call('staff.summary.print', { staffToken, day: entry!.officeDay })).toEqual({ ok: true });
    expect(vp.jobs).toHaveLength(2);

    const list = await call('staff.audit.list', { staffToken });
    expect((list.items as Value[]).map((e) => e.action)).toEqual(expect.arrayContaining(['sign-in', 'reprint', 'summary-view', 'summary-print']));
    expect(await refusedCode('staff.audit.list', { staffToken, from: '2026-11-20', to: '2026-11-01' })).toBe('invalid-request');
    const exported = await call('staff.audit.export', { staffToken });
    expect(exported).toMatchObject({ kind: 'written', directory: join(dir, 'data', 'exports') });

    const audit = await auditActions();
    expect(audit).toEqual(
      expect.arrayContaining([
        ['clerk-01', 'reprint', ticket.number, 'not-printed:paper-out reprint=1'],
        ['clerk-01', 'summary-print', entry!.officeDay, 'not-printed:paper-out'],
        ['clerk-01', 'summary-print', entry!.officeDay, 'printed'],
        ['clerk-01', 'summary-view', entry!.officeDay, null],
        ['clerk-01', 'audit-view', 'all', null],
        ['clerk-01', 'audit-export', 'all', expect.stringMatching(/^written rows=\d+ file=audit-/)],
      ]),
    );
  });
});
