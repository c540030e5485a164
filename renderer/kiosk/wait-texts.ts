// Counts in words. Zero gets its own sentence because "0 people waiting" reads badly in
// every language and Arabic grammar treats it apart anyway.
import type { TFunction } from 'i18next';

export function waitingText(t: TFunction, waiting: number): string {
  return waiting === 0 ? t('ticket.noneWaiting') : t('ticket.waiting', { count: waiting });
}

export function estimatedWaitText(t: TFunction, minutes: number): string {
  return minutes === 0 ? t('ticket.noWait') : t('ticket.estimatedWait', { count: minutes });
}

export function aheadText(t: TFunction, ahead: number): string {
  return ahead === 0 ? t('result.noneAhead') : t('result.ahead', { count: ahead });
}
