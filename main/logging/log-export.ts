// Every log file, oldest first, copied into one kiosk-logs-<office day>-<HHMMSS>.log for a
// technician to take away on a USB drive or send on. The file appears whole or not at all.
import { createReadStream } from 'node:fs';
import type { z } from 'zod';
import type { logExportResultSchema } from '../contract/tech-schemas.js';
import { exportFileStamp, plainExportFailure, writeExportFileAtomically } from '../storage/atomic-export-file.js';
import { logFilesNewestFirst } from './log-files.js';

type LogExportResult = z.infer<typeof logExportResultSchema>;

export interface LogExportOptions {
  /** Folder of kiosk.log and its rolled files. */
  logsDir: string;
  /** Created if missing. */
  directory: string;
  now: Date;
  timeZone: string;
}

export function logExportFileName(now: Date, timeZone: string): string {
  return `kiosk-logs-${exportFileStamp(now, timeZone)}.log`;
}

export async function exportLogs(opts: LogExportOptions): Promise<LogExportResult> {
  try {
    const oldestFirst = (await logFilesNewestFirst(opts.logsDir)).reverse();
    const written = await writeExportFileAtomically(opts.directory, logExportFileName(opts.now, opts.timeZone), async (file) => {
      let lines = 0;
      for (const path of oldestFirst) {
        let endsWithNewline = true;
        try {
          for await (const chunk of createReadStream(path)) {
            const bytes = chunk as Buffer;
            if (bytes.length === 0) continue;
            await file.write(bytes);
            for (const byte of bytes) if (byte === 0x0a) lines += 1;
            endsWithNewline = bytes[bytes.length - 1] === 0x0a;
          }
        } catch (err) {
          // Rolled away while the export ran: its lines moved to the next older name, already copied or gone.
          if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
          throw err;
        }
        // A line torn by a power cut must not glue itself to the next file's first line.
        if (!endsWithNewline) {
          await file.write('\n');
          lines += 1;
        }
      }
      return lines;
    });
    return { kind: 'written', fileName: written.fileName, directory: written.directory, lines: written.result };
  } catch (err) {
    return { kind: 'failed', message: plainExportFailure(err, opts.directory, 'The logs') };
  }
}
