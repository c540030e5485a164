// Every staff.* channel of the contract. Each request after sign-in names its session by
// token: an unknown or ended token is refused with 'staff-session-ended', a live one has its
// idle time restarted. Every action leaves an audit entry (who, what, outcome); logs carry
// account ids only.
import type { PrintResult } from '../../hardware/printer/receipt-printer.js';
import type { PaperWidthDots } from '../../hardware/printer/receipt-raster.js';
import {
  type AuditEntryView,
  type AuditExportResult,
  type DaySummary,
  KioskRequestError,
  type Language,
} from '../contract/kiosk-contract.js';
import type { ContractRouter } from '../services/contract-router.js';
import { officeDay } from '../storage/office-day.js';
import { JournalQueryError } from '../storage/receipt-journal-types.js';
import { AuditLogInputError } from '../storage/staff-audit-log.js';
import { describeSearch, journalSummaryView, receiptPreview } from './journal-views.js';
import type { StaffModeService } from './staff-mode-service.js';
import { DamagedReceiptError, getEntry, type StaffJournal, type StaffPrinting } from './staff-printing.js';

export interface AuditRange {
  from?: string;
  to?: string;
}

export interface StaffHandlerDeps {
  staff: StaffModeService;
  journal: StaffJournal;
  printing: StaffPrinting;
  paperWidthDots: PaperWidthDots;
  timeZone: string;
  citizenPresent: () => boolean;
  auditLog: { list(q: AuditRange & { cursor?: string }): Promise<{ items: AuditEntryView[]; nextCursor?: string }> };
  exportAudit(range: AuditRange): Promise<AuditExportResult>;
  daySummary(day: string): Promise<DaySummary>;
  /** Draws the summary on a receipt and prints it (never throws, like the printer). */
  printDaySummary(summary: DaySummary, staffName: string, language?: Language): Promise<PrintResult>;
  now: () => Date;
}

const CITIZEN_PRESENT = 'a citizen is being served: print from the staff screens once the kiosk is idle';

export function registerStaffHandlers(router: ContractRouter, deps: StaffHandlerDeps): void {
  const { staff, journal, printing, timeZone } = deps;
  const session = (token: string) => staff.sessions.use(token);
  const view = (s: Parameters<typeof journalSummaryView>[0]) => journalSummaryView(s, timeZone);
  const noCitizen = (): void => {
    if (deps.citizenPresent()) throw new KioskRequestError('unavailable', CITIZEN_PRESENT);
  };
  const dayOf = (day: string | undefined): string => day ?? officeDay(deps.now(), timeZone);

  router.handle('staff.verifyPin', ({ attemptId, pin }) => staff.verifyPin(attemptId, pin));
  router.handle('staff.cancelSignIn', ({ attemptId }) => {
    staff.cancelSignIn(attemptId);
    return {};
  });
  router.handle('staff.signOut', async ({ staffToken }) => {
    await staff.signOut(staffToken);
    return {};
  });
  router.handle('staff.touch', ({ staffToken }) => {
    session(staffToken);
    return {};
  });

  router.handle('staff.journal.search', async ({ staffToken, purpose, ...filters }) => {
    const s = session(staffToken);
    const target = describeSearch(filters);
    // One row per search a clerk submitted: the screen's own listing and the pages of a search
    // already audited are not searches anyone made.
    const audited = purpose !== 'load' && filters.cursor === undefined;
    try {
      const page = await journal.search(filters);
      if (audited) await staff.audit(s.account, 'journal-search', target, `found=${page.total}`);
      return { kind: 'page' as const, items: page.items.map(view), total: page.total, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
    } catch (err) {
      if (!(err instanceof JournalQueryError)) throw err;
      if (audited) await staff.audit(s.account, 'journal-search', target, 'invalid');
      return { kind: 'invalid' as const, message: err.message };
    }
  });

  router.handle('staff.journal.view', async ({ staffToken, id }) => {
    const s = session(staffToken);
    try {
      const entry = await getEntry(journal, id);
      if (!entry) {
        await staff.audit(s.account, 'receipt-view', `id=${id}`, 'not-found');
        return { kind: 'not-found' as const };
      }
      const preview = await receiptPreview(entry.receipt, deps.paperWidthDots);
      await staff.audit(s.account, 'receipt-view', entry.number, 'shown');
      return { kind: 'found' as const, entry: view(entry), ...preview };
    } catch (err) {
      if (!(err instanceof DamagedReceiptError)) throw err;
      await staff.audit(s.account, 'receipt-view', `id=${id}`, 'damaged');
      return { kind: 'damaged' as const };
    }
  });

  router.handle('staff.journal.reprint', async ({ staffToken, id }) => {
    const s = session(staffToken);
    noCitizen();
    let outcome;
    try {
      outcome = await printing.reprint(id);
    } catch (err) {
      if (!(err instanceof DamagedReceiptError)) throw err;
      await staff.audit(s.account, 'reprint', `id=${id}`, 'damaged');
      throw new KioskRequestError('unavailable', `receipt ${id} is damaged in the journal and cannot be printed again`);
    }
    staff.sessions.touch(staffToken); // the print may have taken a while: it was activity
    if (outcome.kind === 'not-found') {
      await staff.audit(s.account, 'reprint', `id=${id}`, 'not-found');
      return { kind: 'not-found' as const };
    }
    const result = outcome.kind === 'printed' ? 'printed' : `not-printed:${outcome.reason}`;
    await staff.audit(s.account, 'reprint', outcome.number, `${result} reprint=${outcome.reprintCount}`);
    return outcome.kind === 'printed'
      ? { kind: 'printed' as const, reprintCount: outcome.reprintCount }
      : { kind: 'not-printed' as const, reason: outcome.reason, reprintCount: outcome.reprintCount };
  });

  router.handle('staff.pending.list', async ({ staffToken }) => {
    session(staffToken);
    const [items, total] = await Promise.all([journal.pending(), printing.pendingCount()]);
    return { items: items.map(view), total };
  });

  router.handle('staff.pending.print', async ({ staffToken, target }) => {
    const s = session(staffToken);
    noCitizen();
    const r = await printing.printPending(target);
    staff.sessions.touch(staffToken);
    const what = target === 'all' ? 'all' : `id=${target.id}`;
    const numbers = r.numbers.slice(0, 20).join(',');
    const stopped = r.stoppedBy ? ` stopped-by=${r.stoppedBy}` : '';
    await staff.audit(s.account, 'pending-print', what, `printed=${r.printed}${numbers ? ` (${numbers})` : ''} remaining=${r.remaining}${stopped}`);
    return { printed: r.printed, remaining: r.remaining, ...(r.stoppedBy ? { stoppedBy: r.stoppedBy } : {}) };
  });

  router.handle('staff.summary.view', async ({ staffToken, day }) => {
    const s = session(staffToken);
    const summary = await deps.daySummary(dayOf(day));
    await staff.audit(s.account, 'summary-view', summary.day, null);
    return summary;
  });

  router.handle('staff.summary.print', async ({ staffToken, day, language }) => {
    const s = session(staffToken);
    noCitizen();
    const summary = await deps.daySummary(dayOf(day));
    const result = await deps.printDaySummary(summary, s.account.displayName, language);
    staff.sessions.touch(staffToken);
    await staff.audit(s.account, 'summary-print', summary.day, result.ok ? 'printed' : `not-printed:${result.reason}`);
    return result.ok ? { ok: true as const } : { ok: false as const, reason: result.reason };
  });

  router.handle('staff.audit.list', async ({ staffToken, from, to, cursor }) => {
    const s = session(staffToken);
    const range = rangeOf(from, to);
    let page;
    try {
      page = await deps.auditLog.list({ ...range, ...(cursor !== undefined ? { cursor } : {}) });
    } catch (err) {
      // A backwards range or a malformed cursor: the message says what to fix.
      if (err instanceof AuditLogInputError) throw new KioskRequestError('invalid-request', err.message);
      throw err;
    }
    await staff.audit(s.account, 'audit-view', describeSearch(range), null);
    return page;
  });

  router.handle('staff.audit.export', async ({ staffToken, from, to }) => {
    const s = session(staffToken);
    const range = rangeOf(from, to);
    const result = await deps.exportAudit(range);
    await staff.audit(s.account, 'audit-export', describeSearch(range), result.kind === 'written' ? `written rows=${result.rows} file=${result.fileName}` : 'failed');
    return result;
  });
}

function rangeOf(from: string | undefined, to: string | undefined): AuditRange {
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}
