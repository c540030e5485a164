// Journal entries in words: kind, service and state as a clerk reads them.
import type { TFunction } from 'i18next';
import { SERVICE_IDS, type JournalSummaryView } from '../../../main/contract/kiosk-contract.js';
import { printFailureKey } from '../staff-format.js';

export function serviceName(t: TFunction, service: string | null): string {
  if (service === null) return '—';
  return (SERVICE_IDS as readonly string[]).includes(service) ? t(`services.${service}.name`) : service;
}

export function entryState(t: TFunction, entry: Pick<JournalSummaryView, 'state' | 'printFailure' | 'mayHavePrinted'>): string {
  if (entry.state === 'printed') return t('staff.state.printed');
  // Checked before the failure reason: what matters to the clerk is that the paper may be out.
  if (entry.mayHavePrinted) return t('staff.state.mayHavePrinted');
  return entry.printFailure ? t('staff.state.pendingBecause', { reason: t(printFailureKey(entry.printFailure)) }) : t('staff.state.pending');
}
