// A kiosk process reduced to its receipt journal and a TCP printer, for the kill -9 test:
//   receipt-journal-child DB PORT [FIRST]
// loops: record a receipt, print it, mark it; one stdout line before and after each step, so the
// parent knows which record() calls had returned when it pulled the plug.
import { silentLogger } from '../../hardware/devices/device-logger.js';
import { printerConfigSchema } from '../../hardware/hardware-config.js';
import { createReceiptPrinter } from '../../hardware/printer/create-receipt-printer.js';
import { sampleReceipt } from '../../hardware/printer/sample-receipts.js';
import { KIOSK_DATABASE_MIGRATIONS } from '../../main/storage/kiosk-migrations.js';
import { ReceiptJournal } from '../../main/storage/receipt-journal.js';
import { printJournaled } from '../../main/storage/receipt-journal-print.js';
import { SqliteDatabase } from '../../main/storage/sqlite-database.js';

const [dbPath, port, first = '1'] = process.argv.slice(2);
if (!dbPath || !port) throw new Error('usage: receipt-journal-child DB PORT [FIRST]');
const db = await SqliteDatabase.open(dbPath, KIOSK_DATABASE_MIGRATIONS);
const journal = new ReceiptJournal(db, 'Africa/Casablanca');
const printer = createReceiptPrinter(printerConfigSchema.parse({ driver: 'escpos', interface: `tcp://127.0.0.1:${port}` }), silentLogger);
await printer.open();
const say = (line: string): void => void process.stdout.write(`${line}\n`);

for (let i = Number(first); i < Number(first) + 10_000; i += 1) {
  const number = `KHM01-2026-${String(i).padStart(6, '0')}`;
  say(`recording ${number}`);
  const result = await printJournaled(
    {
      record: async (entry) => {
        const id = await journal.record(entry);
        say(`recorded ${number} ${id}`);
        return id;
      },
      markSending: (id) => journal.markSending(id),
      markPrinted: (id) => journal.markPrinted(id),
      markFailed: (id, reason) => journal.markFailed(id, reason),
    },
    { kind: 'report', number, service: 'complaints', receipt: sampleReceipt(i % 2 ? 'ar' : 'fr', `BORNE/R/${number}`) },
    async (receipt) => {
      const r = await printer.print(receipt);
      return r.ok ? { ok: true } : { ok: false, reason: r.reason, detail: r.detail };
    },
  );
  say(`${result.ok ? 'printed' : 'failed'} ${number}`);
}
