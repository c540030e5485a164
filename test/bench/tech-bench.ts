// Technician figures on the real runtime (Node, socat pseudo-terminals, the TCP virtual
// printer): a configuration edit that moves the ID reader until it is reading again, the
// time a replugged reader takes to be back, one self-test, and the console's masking cost.
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { holdBadge } from '../../hardware/simulators/badge-holder.js';
import { MRZ_SPECIMENS } from '../../hardware/simulators/mrz-specimens.js';
import { VirtualPrinter } from '../../hardware/simulators/virtual-printer.js';
import { loadConfig } from '../../main/config/load-config.js';
import { createByteMasker, renderMasked } from '../../main/diagnostics/serial-console-mask.js';
import { startKioskRuntime } from '../../main/services/kiosk-runtime.js';
import { hashPin } from '../../main/staff/pin-hash.js';
import { SerialDeviceSimulator, sleep, waitUntil } from '../helpers/socat-pty.js';
import { median } from './bench-stats.js';

export interface TechFigures {
  applyToReadingMs: number[];
  replugToReadyMs: number[];
  selfTestMs: number[];
  maskMicrosPerCard: number;
}

type Value = Record<string, unknown>;
const BADGE = '1234567890';
const PIN = '13579';
const SPECIMEN = MRZ_SPECIMENS['mar-cnie-td1'];

export async function benchTechnician(runs: number): Promise<TechFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'borne-tech-bench-'));
  const printer = new VirtualPrinter({ port: 0 });
  const [port, badge, readerA, readerB] = await Promise.all([
    printer.start(),
    SerialDeviceSimulator.start({ dir, name: 'badge' }),
    SerialDeviceSimulator.start({ dir, name: 'reader-a' }),
    SerialDeviceSimulator.start({ dir, name: 'reader-b' }),
  ]);
  const configFile = join(dir, 'kiosk.json');
  const pinHash = await hashPin(PIN, { N: 1024, r: 8, p: 1 });
  const reader = (path: string) => ({ driver: 'serial', path, interLineTimeoutMs: 300 });
  writeFileSync(
    configFile,
    JSON.stringify({
      office: { name: 'Arrondissement Sidi Moumen' },
      kiosk: { id: 'bench-kiosk' },
      staff: { accounts: [{ id: 'tech-01', displayName: 'Bench T.', role: 'technician', badgeId: BADGE, pinHash }], sessionIdleSeconds: 1800 },
      hardware: {
        idReader: reader(readerA.devicePath),
        barcodeScanner: { driver: 'mock' },
        printer: { driver: 'escpos', interface: `tcp://127.0.0.1:${port}`, paperWidthMm: 80, timeoutMs: 3000, statusPollMs: 0 },
        badgeReader: { driver: 'serial', path: badge.devicePath, holdGapMs: 200 },
      },
    }),
  );
  const rt = await startKioskRuntime({ config: loadConfig(configFile), dataDir: join(dir, 'data'), logger: pino({ level: 'silent' }), host: 'browser-shell', configFile });
  const events: Array<{ channel: string; payload: Value }> = [];
  rt.router.onEvent((channel, payload) => events.push({ channel, payload: payload as Value }));
  const call = async (channel: string, payload: unknown): Promise<Value> => {
    const r = await rt.router.dispatch(channel, payload);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
    return r.value as Value;
  };
  try {
    await waitUntil('readers ready', () => rt.devices.badgeReader?.status().state === 'ready' && rt.devices.idReader.status().state === 'ready', 10_000);
    await holdBadge(badge, BADGE, { frames: 3, intervalMs: 30 });
    await waitUntil('badge', () => events.some((e) => e.channel === 'staff.badge'));
    await sleep(300);
    const attempt = events.find((e) => e.channel === 'staff.badge')!.payload;
    const staffToken = (await call('staff.verifyPin', { attemptId: attempt.attemptId, pin: PIN })).staffToken as string;
    let cards = 0;
    rt.devices.idReader.on('card', () => (cards += 1));

    const applyToReadingMs: number[] = [];
    const hardware = loadConfig(configFile).hardware;
    for (let i = 0; i < runs; i += 1) {
      const target = i % 2 === 0 ? readerB : readerA;
      const before = cards;
      const t0 = performance.now();
      await call('tech.config.apply', { staffToken, hardware: { ...hardware, idReader: reader(target.devicePath) } });
      await target.writeMrz(SPECIMEN.lines, 'cr');
      await waitUntil('card on the new port', () => cards > before, 5000);
      applyToReadingMs.push(performance.now() - t0);
    }

    const replugToReadyMs: number[] = [];
    const current = runs % 2 === 0 ? readerA : readerB;
    for (let i = 0; i < Math.max(3, Math.floor(runs / 4)); i += 1) {
      await current.unplug();
      await waitUntil('offline', () => rt.devices.idReader.status().state === 'offline', 10_000);
      const t0 = performance.now();
      await current.replug();
      await waitUntil('ready again', () => rt.devices.idReader.status().state === 'ready', 10_000);
      replugToReadyMs.push(performance.now() - t0);
    }

    const selfTestMs: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const t0 = performance.now();
      await call('tech.selfTest.run', { staffToken, language: 'fr', screen: { width: 1920, height: 1080, scale: 1, touchPoints: 10 } });
      selfTestMs.push(performance.now() - t0);
    }

    const masker = createByteMasker('id-reader');
    const bytes = Buffer.from(`${SPECIMEN.lines.join('\r\n')}\r\n`, 'latin1');
    const loops = 20_000;
    const t0 = performance.now();
    for (let i = 0; i < loops; i += 1) renderMasked(bytes, masker.mask(bytes));
    const maskMicrosPerCard = ((performance.now() - t0) * 1000) / loops;
    return { applyToReadingMs, replugToReadyMs, selfTestMs, maskMicrosPerCard };
  } finally {
    await rt.close();
    await Promise.all([printer.stop(), badge.stop(), readerA.stop(), readerB.stop()]);
    await rm(dir, { recursive: true, force: true });
  }
}

const ms = (x: number): string => `${x.toFixed(0)} ms`;
const span = (xs: readonly number[]): string => `median ${ms(median(xs))}, min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))} over ${xs.length}`;

export function techFigureLines(f: TechFigures): string[] {
  return [
    `technician config edit moving the ID reader to another pty -> its next card read: ${span(f.applyToReadingMs)}`,
    `ID reader pty recreated (replug) -> reader ready again by itself: ${span(f.replugToReadyMs)} (reopen attempts every 2 s)`,
    `self-test (every check + receipt printed on the virtual printer): ${span(f.selfTestMs)}`,
    `serial console masking of one TD1 card (3 lines of 30 + CR LF, text and hex columns): ${f.maskMicrosPerCard.toFixed(1)} µs`,
  ];
}
