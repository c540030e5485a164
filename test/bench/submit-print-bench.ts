// Submit -> receipt printed, with the office backend up: a civil-status request through the
// runtime's router (as the screen sends it), the embedded office server answering, and the
// receipt rendered and sent over TCP to the virtual ESC/POS printer. Measured from the
// dispatch of civilStatus.submit to the printer's last byte.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { VirtualPrinter } from '../../hardware/simulators/virtual-printer.js';
import { kioskConfigSchema } from '../../main/config/config-schema.js';
import { type KioskRuntime, startKioskRuntime } from '../../main/services/kiosk-runtime.js';

export interface SubmitPrintFigures {
  toLastByteMs: number[];
  toAnswerMs: number[];
  delivered: number;
}

export async function benchSubmitToPrint(runs = 20): Promise<SubmitPrintFigures> {
  const printer = new VirtualPrinter({ port: 0 });
  const port = await printer.start();
  const config = kioskConfigSchema.parse({
    office: { name: 'Arrondissement Sidi Moumen' },
    kiosk: { id: 'bench-kiosk' },
    hardware: {
      idReader: { driver: 'mock' },
      barcodeScanner: { driver: 'mock' },
      printer: { driver: 'escpos', interface: `tcp://127.0.0.1:${port}`, paperWidthMm: 80, timeoutMs: 3000 },
    },
  });
  const rt = await startKioskRuntime({ config, dataDir: mkdtempSync(join(tmpdir(), 'borne-bench-submit-')), logger: pino({ level: 'silent' }) });
  const figures: SubmitPrintFigures = { toLastByteMs: [], toAnswerMs: [], delivered: 0 };
  try {
    // One warm-up run: fonts, the first TCP connection and SQLite's first pages.
    for (let i = 0; i <= runs; i += 1) {
      const sessionId = await identified(rt, i % 2 === 0 ? 'ar' : 'fr');
      const jobs = printer.jobs.length;
      const t0 = Date.now();
      const result = await rt.router.dispatch('civilStatus.submit', { sessionId, document: 'birth-extract', copies: 1, documentLanguage: 'ar' });
      const answeredAt = Date.now();
      if (!result.ok) throw new Error(`civilStatus.submit failed: ${result.error.code}`);
      const value = result.value as { outcome: string; receipt?: { transmission: string } };
      if (value.outcome !== 'submitted') throw new Error(`civilStatus.submit: ${value.outcome}`);
      while (printer.jobs.length <= jobs) await new Promise((r) => setTimeout(r, 2));
      const job = printer.jobs[jobs];
      if (!job) throw new Error('no print job');
      await rt.router.dispatch('session.end', { sessionId, reason: 'done' });
      if (i === 0) continue;
      if (value.receipt?.transmission === 'delivered') figures.delivered += 1;
      figures.toAnswerMs.push(answeredAt - t0);
      figures.toLastByteMs.push(job.at.getTime() - t0);
    }
  } finally {
    await rt.close();
    await printer.stop();
  }
  return figures;
}

async function identified(rt: KioskRuntime, language: 'ar' | 'fr'): Promise<string> {
  const started = await rt.router.dispatch('session.start', { language });
  if (!started.ok) throw new Error('session.start failed');
  const { sessionId } = started.value as { sessionId: string };
  await rt.router.dispatch('privacy.consent', { sessionId });
  const id = await rt.router.dispatch('identity.enterCardNumber', { sessionId, cardNumber: 'BE123456', birthDate: '1974-08-12' });
  if (!id.ok || !(id.value as { ok: boolean }).ok) throw new Error('identity.enterCardNumber failed');
  return sessionId;
}
