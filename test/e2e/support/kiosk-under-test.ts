// Starts what a kiosk in a district office has: the browser shell (the built bundle, as
// `npm start` runs it), a network receipt printer (the virtual printer on a real TCP port)
// and a document reader and scanner on real pseudo-terminals.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { SerialDeviceSimulator } from '../../../hardware/simulators/serial-device-simulator.js';
import { VirtualPrinter } from '../../../hardware/simulators/virtual-printer.js';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface KioskUnderTest {
  kioskUrl: string;
  devDockUrl: string | null;
  printer: VirtualPrinter;
  idReader: SerialDeviceSimulator;
  scanner: SerialDeviceSimulator;
  dataDir: string;
  /** Everything the browser shell wrote on stdout/stderr, for failure messages. */
  output: () => string;
  stop(): Promise<void>;
}

export interface KioskOptions {
  idle?: { warningAfterSeconds: number; resetAfterWarningSeconds: number; resultScreenSeconds: number };
  defaultLanguage?: 'ar' | 'fr' | 'zgh' | 'en';
  /** Mock drivers, driven from the dev dock, instead of the pseudo-terminals and the virtual printer. */
  mockHardware?: boolean;
}

export async function startKiosk(options: KioskOptions = {}): Promise<KioskUnderTest> {
  const dir = mkdtempSync(join(tmpdir(), 'borne-e2e-'));
  const printer = new VirtualPrinter({ port: 0 });
  const printerPort = await printer.start();
  const idReader = await SerialDeviceSimulator.start({ dir, name: 'id-reader' });
  const scanner = await SerialDeviceSimulator.start({ dir, name: 'scanner' });
  const config = {
    office: { name: 'Arrondissement Sidi Moumen', timeZone: 'Africa/Casablanca' },
    kiosk: { id: 'e2e-kiosk', defaultLanguage: options.defaultLanguage ?? 'ar', languages: ['ar', 'fr', 'zgh', 'en'] },
    idle: options.idle ?? { warningAfterSeconds: 45, resetAfterWarningSeconds: 30, resultScreenSeconds: 8 },
    developer: { devDock: true },
    hardware: options.mockHardware
      ? { idReader: { driver: 'mock' }, barcodeScanner: { driver: 'mock' }, printer: { driver: 'mock', paperWidthMm: 80 } }
      : {
          idReader: { driver: 'serial', path: idReader.devicePath, baudRate: 9600 },
          barcodeScanner: { driver: 'serial', path: scanner.devicePath, baudRate: 9600 },
          printer: { driver: 'escpos', interface: `tcp://127.0.0.1:${printerPort}`, paperWidthMm: 80, timeoutMs: 3000 },
        },
  };
  const configPath = join(dir, 'kiosk.json');
  writeFileSync(configPath, JSON.stringify(config, null, 2));
  const dataDir = join(dir, 'data');
  const child = spawn(process.execPath, [join(ROOT, 'dist/main/browser-shell.cjs')], {
    cwd: ROOT,
    env: { ...process.env, KIOSK_CONFIG: configPath, KIOSK_PORT: '0', KIOSK_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  child.once('exit', (code, signal) => (output += `browser shell exited (code ${code}, signal ${signal})\n`));
  const ready = await waitForReady(child, (line) => (output += `${line}\n`));
  let stopped = false;
  return {
    kioskUrl: ready.kioskUrl,
    devDockUrl: ready.devDockUrl,
    printer,
    idReader,
    scanner,
    dataDir,
    output: () => output,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await stopChild(child);
      await Promise.all([printer.stop(), idReader.stop(), scanner.stop()]);
    },
  };
}

function waitForReady(child: ChildProcess, onLine: (line: string) => void): Promise<{ kioskUrl: string; devDockUrl: string | null }> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error('browser shell not ready within 20 s')), 20_000);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      onLine(line);
      if (line.startsWith('BORNE_READY ')) {
        clearTimeout(timer);
        resolvePromise(JSON.parse(line.slice('BORNE_READY '.length)) as { kioskUrl: string; devDockUrl: string | null });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser shell exited with ${code} before it was ready`));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timeout = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timeout);
}
