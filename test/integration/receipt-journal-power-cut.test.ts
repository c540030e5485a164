import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { VirtualPrinter } from '../../hardware/simulators/virtual-printer.js';
import { KIOSK_DATABASE_MIGRATIONS } from '../../main/storage/kiosk-migrations.js';
import { ReceiptJournal } from '../../main/storage/receipt-journal.js';
import { SqliteDatabase } from '../../main/storage/sqlite-database.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = join(ROOT, 'test/integration/receipt-journal-child.ts');

const cleanup: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

function runChild(args: string[]): { child: ChildProcess; lines: string[]; exited: Promise<unknown> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: string[] = [];
  let buf = '';
  child.stdout?.on('data', (d: Buffer) => {
    buf += d.toString();
    const parts = buf.split('\n');
    buf = parts.pop() ?? '';
    lines.push(...parts);
  });
  const exited = new Promise((r) => child.on('exit', r));
  cleanup.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return { child, lines, exited };
}

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const numbersAfter = (lines: string[], word: string): string[] => lines.filter((l) => l.startsWith(`${word} `)).map((l) => l.split(' ')[1] ?? '');

describe('receipt journal and a power cut', () => {
  // 'recorded': killed between the journal write and the paper; 'recording': in the journal write itself.
  it.each(['recorded', 'recording'] as const)('reopens intact after kill -9 at "%s": every receipt once, printed or pending, nothing on paper it does not hold', async (moment) => {
    const vp = new VirtualPrinter({ port: 0 });
    const port = await vp.start();
    cleanup.push(() => vp.stop());
    const dbPath = join(mkdtempSync(join(tmpdir(), 'borne-journal-cut-')), 'kiosk.sqlite');
    const run = runChild([dbPath, String(port)]);
    await until(() => numbersAfter(run.lines, 'printed').length >= 5, 30_000, 'five printed receipts');
    // Pull the plug while the next receipt is somewhere between its journal write and the paper.
    await until(() => run.lines.at(-1)?.startsWith(`${moment} `) ?? false, 10_000, `a "${moment}" line`);
    run.child.kill('SIGKILL');
    await run.exited;
    const recording = numbersAfter(run.lines, 'recording');
    const recorded = numbersAfter(run.lines, 'recorded');

    const db = await SqliteDatabase.open(dbPath, KIOSK_DATABASE_MIGRATIONS);
    cleanup.push(() => db.close());
    expect(await db.all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    const journal = new ReceiptJournal(db, 'Africa/Casablanca');
    const entries = (await journal.search({ limit: 200 })).items;
    const numbers = entries.map((e) => e.number);
    expect(new Set(numbers).size).toBe(numbers.length); // none duplicated
    for (const n of recorded) expect(numbers).toContain(n); // none lost
    // At most the write in flight at the kill landed without its "recorded" line.
    for (const n of numbers) expect(recording).toContain(n);
    expect(numbers.length - recorded.length).toBeLessThanOrEqual(1);
    expect(entries.every((e) => e.state === 'printed' || e.state === 'pending')).toBe(true);
    if (moment === 'recorded') expect(entries.filter((e) => e.state === 'pending').length).toBeGreaterThanOrEqual(1);

    // What reached the paper: every receipt the printer decoded is in the journal, and every
    // receipt the journal calls printed is on the paper.
    await new Promise((r) => setTimeout(r, 200)); // the killed socket's last bytes to be decoded
    const onPaper = vp.jobs.flatMap((j) => j.decoded.qrPayloads).map((q) => q.replace('BORNE/R/', ''));
    expect(onPaper.length).toBeGreaterThanOrEqual(5);
    for (const n of onPaper) expect(numbers).toContain(n);
    for (const e of entries.filter((x) => x.state === 'printed')) expect(onPaper).toContain(e.number);
    // A pending receipt is there to be printed again in full.
    const pending = await journal.pending();
    if (pending.length > 0) expect(pending[0]?.receipt.blocks.some((b) => b.kind === 'qr' && b.data === `BORNE/R/${pending[0]?.number}`)).toBe(true);
  });
});
