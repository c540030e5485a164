// tech.logs.list and tech.logs.export: the technician's log viewer and its export. Like every
// tech.* data channel, the request names a staff session by token and is refused with
// 'forbidden' unless it is a technician's.
import { join } from 'node:path';
import { KioskRequestError } from '../contract/kiosk-contract.js';
import { exportLogs } from '../logging/log-export.js';
import { LogQueryError, readLogPage } from '../logging/log-reader.js';
import type { ContractRouter } from '../services/contract-router.js';
import type { StaffSession } from '../staff/staff-sessions.js';
import { technicianSession } from './register-tech-handlers.js';

export interface LogHandlerDeps {
  sessions: { use(token: string): StaffSession };
  /** Folder of kiosk.log and its rolled files: join(dataDir, 'logs'). */
  logsDir: string;
  /** Where an export goes when the technician names no folder: join(dataDir, 'exports'). */
  exportDir: string;
  timeZone: string;
  now: () => Date;
  logger: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
  /** Writes the staff audit trail entry (StaffModeService.audit). */
  audit(account: StaffSession['account'], action: 'logs-export', target: string | null, outcome: string | null): Promise<void>;
  /** Entries per page; 100 unless given. */
  pageSize?: number;
}

export function registerLogHandlers(router: ContractRouter, deps: LogHandlerDeps): void {
  const technician = (token: string): StaffSession => technicianSession(deps.sessions, token);

  router.handle('tech.logs.list', async ({ staffToken, minLevel, device, cursor }) => {
    technician(staffToken);
    try {
      return await readLogPage(
        deps.logsDir,
        { ...(minLevel !== undefined ? { minLevel } : {}), ...(device !== undefined ? { device } : {}), ...(cursor !== undefined ? { cursor } : {}) },
        deps.pageSize,
      );
    } catch (err) {
      if (err instanceof LogQueryError) throw new KioskRequestError('invalid-request', err.message);
      throw err;
    }
  });

  router.handle('tech.logs.export', async ({ staffToken, directory }) => {
    const session = technician(staffToken);
    const result = await exportLogs({ logsDir: deps.logsDir, directory: directory ?? deps.exportDir, now: deps.now(), timeZone: deps.timeZone });
    if (result.kind === 'written') deps.logger.info({ part: 'tech', account: session.account.id, fileName: result.fileName, lines: result.lines }, 'logs exported');
    else deps.logger.warn({ part: 'tech', account: session.account.id, problem: result.message }, 'logs export failed');
    await deps.audit(session.account, 'logs-export', result.kind === 'written' ? result.directory : directory ?? deps.exportDir, result.kind === 'written' ? `written lines=${result.lines} file=${result.fileName}` : 'failed');
    return result;
  });
}

/** The folders a kiosk's logs live in, from its data folder. */
export function logFolders(dataDir: string): { logsDir: string; exportDir: string } {
  return { logsDir: join(dataDir, 'logs'), exportDir: join(dataDir, 'exports') };
}
