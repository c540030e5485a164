// The number printed on a receipt before the office backend has answered: `<code>-<year>-<seq>`
// (KHM01-2026-000123). The office keeps it beside its own tracking number, so it must never
// be handed out twice by this kiosk: taken atomically in SQLite, it survives restarts.
import { kioskReferenceSchema } from '../office/office-schemas.js';
import { officeDay } from './office-day.js';
import type { SqliteDatabase } from './sqlite-database.js';

export interface KioskReferenceSource {
  /** A new reference, never given before by this kiosk. */
  next(): Promise<string>;
}

const MAX_SEQ = 999_999;

export class SqliteKioskReferenceStore implements KioskReferenceSource {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly code: string,
    private readonly timeZone: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    if (!/^K[A-Z0-9]{2,8}$/.test(code)) throw new Error('kiosk reference code must be K then 2-8 capitals or digits');
  }

  next(): Promise<string> {
    // The year of the office's calendar: at 00:30 on 1 January in Casablanca it is already
    // the new year, whatever UTC says.
    const year = Number(officeDay(this.now(), this.timeZone).slice(0, 4));
    return this.db.transaction(async () => {
      const row = await this.db.get<{ last_seq: number }>(
        `INSERT INTO kiosk_reference_sequence (code, year, last_seq) VALUES (?, ?, 1)
         ON CONFLICT (code, year) DO UPDATE SET last_seq = last_seq + 1
         RETURNING last_seq`,
        [this.code, year],
      );
      if (!row) throw new Error('kiosk reference sequence did not advance');
      // Six digits cover a new request every 32 s, day and night, for a year; past that,
      // wrapping would repeat a number the office already holds, so refuse instead.
      if (row.last_seq > MAX_SEQ) throw new Error('kiosk reference sequence exhausted for this year');
      return kioskReferenceSchema.parse(`${this.code}-${year}-${String(row.last_seq).padStart(6, '0')}`);
    });
  }
}
