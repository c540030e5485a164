// The self-test channel: runs every check, saves the report as a JSON file in the export folder
// (a USB drive's mount point when staff.exportDir sets one), prints it unless the printer is
// what failed, and audits the run. The JSON names the technician by account id only.
import type { FileHandle } from 'node:fs/promises';
import type { PrintResult, ReceiptPrinterDevice } from '../../hardware/printer/receipt-printer.js';
import { KioskRequestError, type Language, type SelfTestReport, type SelfTestRunResult } from '../contract/kiosk-contract.js';
import type { ContractRouter } from '../services/contract-router.js';
import type { ReceiptTranslator } from '../services/receipt-text.js';
import type { StaffModeService } from '../staff/staff-mode-service.js';
import type { StaffSession } from '../staff/staff-sessions.js';
import { exportFileStamp, plainExportFailure, writeExportFileAtomically } from '../storage/atomic-export-file.js';
import { technicianSession } from './register-tech-handlers.js';
import { buildSelfTestReceipt } from './self-test-receipt.js';
import { runSelfTest, type SelfTestDeps } from './self-test-runner.js';

export const SELF_TEST_CITIZEN_PRESENT = 'a citizen is using the kiosk: run the self-test once the kiosk is free';

export interface SelfTestServiceDeps {
  sessions: { use(token: string): StaffSession };
  checks: SelfTestDeps;
  /** The printer the services print through (its failures reach the device counters). */
  printer: Pick<ReceiptPrinterDevice, 'print'>;
  translate: ReceiptTranslator;
  timeZone: string;
  exportDir: string;
  citizenPresent: () => boolean;
  audit: StaffModeService['audit'];
  logger: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
}

export function registerSelfTestHandler(router: ContractRouter, deps: SelfTestServiceDeps): void {
  router.handle('tech.selfTest.run', async ({ staffToken, language, screen, touch, audio }) => {
    const session = technicianSession(deps.sessions, staffToken);
    if (deps.citizenPresent()) throw new KioskRequestError('unavailable', SELF_TEST_CITIZEN_PRESENT);
    const report = await runSelfTest(deps.checks, { technician: session.account.id, screen, touch, audio });
    const saved = await saveSelfTestReport(report, deps.exportDir, deps.timeZone);
    const printed = await printReport(report, saved.kind === 'saved' ? saved.fileName : undefined, language, deps);
    const failed = report.checks.filter((c) => c.verdict === 'fail').map((c) => c.id);
    deps.logger.info({ account: session.account.id, overall: report.overall, failed, saved: saved.kind, printed: printed.kind }, 'self-test run');
    await deps.audit(
      session.account,
      'self-test',
      saved.kind === 'saved' ? saved.fileName : null,
      `overall=${report.overall} ${printed.kind === 'printed' ? 'printed' : `not-printed:${printed.reason}`}`,
    );
    return { report, saved, printed };
  });
}

/** <exportDir>/self-test-<kiosk>-<office day>-<HHMMSS>.json, whole or not at all. */
export async function saveSelfTestReport(report: SelfTestReport, exportDir: string, timeZone: string): Promise<SelfTestRunResult['saved']> {
  const kiosk = report.kioskId.replace(/[^A-Za-z0-9_-]/g, '-');
  const name = `self-test-${kiosk}-${exportFileStamp(new Date(report.finishedAt), timeZone)}.json`;
  try {
    const written = await writeExportFileAtomically(exportDir, name, async (file: FileHandle) => {
      await file.writeFile(`${JSON.stringify(report, null, 2)}\n`, 'utf8');
    });
    return { kind: 'saved', fileName: written.fileName, directory: written.directory };
  } catch (err) {
    return { kind: 'failed', message: plainExportFailure(err, exportDir, 'The self-test report') };
  }
}

async function printReport(
  report: SelfTestReport,
  fileName: string | undefined,
  language: Language,
  deps: Pick<SelfTestServiceDeps, 'printer' | 'translate' | 'timeZone' | 'logger'>,
): Promise<SelfTestRunResult['printed']> {
  // Sending a report to the printer that just failed would only wait for its timeout.
  const printerFailure = report.checks.find((c) => (c.kind === 'printer-status' || (c.kind === 'device' && c.subject === 'printer')) && c.verdict === 'fail');
  if (printerFailure) return { kind: 'not-printed', reason: 'printer-failed', detail: printerFailure.detail };
  let result: PrintResult;
  try {
    result = await deps.printer.print(buildSelfTestReceipt(report, { language, timeZone: deps.timeZone, fileName }, deps.translate));
  } catch (err) {
    deps.logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'self-test receipt not printed');
    return { kind: 'not-printed', reason: 'error', detail: 'the receipt could not be sent to the printer' };
  }
  return result.ok ? { kind: 'printed' } : { kind: 'not-printed', reason: result.reason, detail: result.detail || result.reason };
}
