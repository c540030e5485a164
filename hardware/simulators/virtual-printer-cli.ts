// Run a virtual receipt printer by hand:
//   npx tsx hardware/simulators/virtual-printer-cli.ts --port 9100 --out /tmp/receipts
// then point the kiosk's printer at tcp://127.0.0.1:9100. Each job is written as PNG(s) plus a
// text summary. Type a state (ready, paper-out, paper-near-end, cover-open, cutter-error,
// unrecoverable, auto-recoverable-error, offline, unreachable, silent) and Enter to change what the printer reports;
// `mid-job cover-open` (or paper-out, offline) makes the next receipt stop half-way.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { type MidJobFault, VIRTUAL_PRINTER_STATES, VirtualPrinter, type VirtualPrinterJob, type VirtualPrinterState } from './virtual-printer.js';

const STATES: readonly VirtualPrinterState[] = VIRTUAL_PRINTER_STATES;
const MID_JOB_FAULTS: readonly MidJobFault[] = ['cover-open', 'paper-out', 'offline'];

function summary(n: number, job: VirtualPrinterJob): string {
  const d = job.decoded;
  return [
    `job ${n} at ${job.at.toISOString()}: ${job.bytes.length} bytes`,
    `images: ${d.images.map((i) => `${i.width}x${i.height}`).join(', ') || 'none'}`,
    `cuts: ${d.cuts}`,
    `qr: ${d.qrPayloads.join(' | ') || 'none'}`,
    `status requests: ${d.statusRequests.join(',') || 'none'}`,
    'text:',
    ...d.text.map((t) => `  ${t}`),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '9100' },
      out: { type: 'string', default: 'virtual-printer-out' },
      dialect: { type: 'string', default: 'epson' },
    },
  });
  const outDir = resolve(values.out);
  mkdirSync(outDir, { recursive: true });
  const printer = new VirtualPrinter({ port: Number(values.port), dialect: values.dialect === 'star' ? 'star' : 'epson' });
  let n = 0;
  printer.on('job', (job: VirtualPrinterJob) => {
    n += 1;
    const stem = `job-${String(n).padStart(4, '0')}`;
    job.decoded.images.forEach((img, k) => writeFileSync(join(outDir, `${stem}-${k + 1}.png`), img.png));
    writeFileSync(join(outDir, `${stem}.txt`), summary(n, job));
    writeFileSync(join(outDir, `${stem}.bin`), job.bytes);
    process.stdout.write(summary(n, job));
  });
  printer.on('discarded', (e: { bytes: number; state: string }) => process.stdout.write(`discarded ${e.bytes} bytes (${e.state})\n`));
  const port = await printer.start();
  process.stdout.write(`virtual printer on tcp://127.0.0.1:${port}, writing to ${outDir}\n`);
  process.stdout.write(`type a state and Enter: ${STATES.join(', ')}\n`);

  const rl = createInterface({ input: process.stdin });
  rl.on('line', (line) => {
    const midJob = /^mid-job\s+(\S+)$/.exec(line.trim())?.[1] as MidJobFault | undefined;
    if (midJob !== undefined) {
      if (!MID_JOB_FAULTS.includes(midJob)) {
        process.stdout.write(`mid-job takes one of ${MID_JOB_FAULTS.join(', ')}\n`);
        return;
      }
      printer.failDuringNextJob(midJob);
      process.stdout.write(`the next receipt stops half-way: ${midJob}\n`);
      return;
    }
    const s = line.trim() as VirtualPrinterState;
    if (!STATES.includes(s)) {
      process.stdout.write(`unknown state; one of ${STATES.join(', ')}\n`);
      return;
    }
    void printer.setState(s).then(() => process.stdout.write(`state: ${s}\n`));
  });
  const stop = (): void => {
    rl.close();
    void printer.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
