// What the citizen is shown of a tax notice, and what the kiosk remembers of it: the amount
// on screen when the citizen said "pay", so a notice that changed meanwhile is never charged
// at an amount the citizen did not see.
import type { TaxNoticeView } from '../../contract/kiosk-contract.js';
import type { TaxNotice } from '../../office/office-schemas.js';

export function noticeView(notice: TaxNotice): TaxNoticeView {
  return {
    reference: notice.reference,
    year: notice.year,
    status: notice.status,
    dueDate: notice.dueDate,
    amountDueCentimes: notice.amountDue.centimes,
    lines: notice.lines.map((l) => ({ code: l.code, label: l.label, amountCentimes: l.amount.centimes })),
  };
}

/** Amounts shown per session and reference; forgotten with the session. */
export class ShownNotices {
  private readonly shown = new Map<string, Map<string, number>>();

  remember(sessionId: string, reference: string, amountCentimes: number): void {
    let bySession = this.shown.get(sessionId);
    if (!bySession) {
      // One citizen at a time: anything remembered for an earlier session goes.
      this.shown.clear();
      bySession = new Map();
      this.shown.set(sessionId, bySession);
    }
    bySession.set(reference, amountCentimes);
  }

  amountShown(sessionId: string, reference: string): number | undefined {
    return this.shown.get(sessionId)?.get(reference);
  }

  forget(sessionId: string): void {
    this.shown.delete(sessionId);
  }
}
