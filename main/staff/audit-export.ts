// Writes the audit log to a CSV file, typically on a USB drive a clerk plugs in; the file
// appears whole or not at all (main/storage/atomic-export-file.ts).
// Rows are read and written a batch at a time: a 100,000-row log never sits in memory.
import type { AuditExportResult } from '../contract/staff-schemas.js';
import { exportFileStamp, plainExportFailure, writeExportFileAtomically } from '../storage/atomic-export-file.js';
import { AuditLogInputError, type StaffAuditLog } from '../storage/staff-audit-log.js';
import { auditCsvHeader, auditCsvRows } from './audit-csv.js';

export interface AuditExportOptions {
  /** Created if missing. */
  directory: string;
  from?: string;
  to?: string;
  now: Date;
  timeZone: string;
  /** Rows read and written at a time. */
  batchSize?: number;
}

/** audit-<office day>-<HHMMSS>.csv, on the office's clock: sorts by date in a file list. */
export function auditExportFileName(now: Date, timeZone: string): string {
  return `audit-${exportFileStamp(now, timeZone)}.csv`;
}

export async function exportAuditCsv(log: StaffAuditLog, opts: AuditExportOptions): Promise<AuditExportResult> {
  try {
    const written = await writeExportFileAtomically(opts.directory, auditExportFileName(opts.now, opts.timeZone), async (file) => {
      let rows = 0;
      await file.write(auditCsvHeader());
      const range = { ...(opts.from !== undefined ? { from: opts.from } : {}), ...(opts.to !== undefined ? { to: opts.to } : {}) };
      for await (const batch of log.batches(range, opts.batchSize)) {
        await file.write(auditCsvRows(batch));
        rows += batch.length;
      }
      return rows;
    });
    return { kind: 'written', fileName: written.fileName, directory: written.directory, rows: written.result };
  } catch (err) {
    if (err instanceof AuditLogInputError) return { kind: 'failed', message: err.message };
    return { kind: 'failed', message: plainExportFailure(err, opts.directory, 'The audit log') };
  }
}
