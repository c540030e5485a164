// The clerk's list of card payments left uncertain ("being checked" slips): what the citizen
// holds a slip for, and whether the reconciler has settled it since. Its settlements are already
// in the audit log (written by the store in the same transaction); reading the list is not an
// action on anyone's data, so it writes none.
import type { PaymentIncidentStateView, PaymentIncidentView } from '../contract/kiosk-contract.js';
import type { ContractRouter } from '../services/contract-router.js';
import { officeDateTime } from '../storage/office-day.js';
import type { PaymentIncident, PaymentIncidentStore } from '../storage/payment-incidents.js';
import type { StaffModeService } from './staff-mode-service.js';

export interface PaymentIncidentHandlerDeps {
  staff: StaffModeService;
  store: Pick<PaymentIncidentStore, 'listUncertain'>;
  timeZone: string;
}

export function registerPaymentIncidentHandlers(router: ContractRouter, deps: PaymentIncidentHandlerDeps): void {
  router.handle('staff.paymentIncidents.list', async ({ staffToken }) => {
    deps.staff.sessions.use(staffToken);
    const rows = await deps.store.listUncertain();
    return { items: rows.map((r) => paymentIncidentView(r, deps.timeZone)) };
  });
}

export function paymentIncidentView(r: PaymentIncident, timeZone: string): PaymentIncidentView {
  return {
    checkNumber: r.checkNumber,
    reference: r.reference,
    amountCentimes: r.amountCentimes,
    since: officeDateTime(new Date(r.uncertainSince ?? r.settledAt ?? 0), timeZone),
    state: stateView(r),
    settled: r.settledAt ? officeDateTime(new Date(r.settledAt), timeZone) : null,
    trackingNumber: r.trackingNumber,
  };
}

function stateView(r: PaymentIncident): PaymentIncidentStateView {
  switch (r.state) {
    case 'confirmed':
      return 'confirmed';
    case 'reversed':
      return 'refunded';
    case 'sending':
    case 'checking':
      return 'checking';
  }
}
