// The journal search filters chosen on the chips, and the request they make.
import { SERVICE_IDS, type RequestOf, type ServiceId } from '../../main/contract/kiosk-contract.js';
import { shiftDay } from './staff-format.js';

export const PERIODS = ['today', 'week', 'month', 'all'] as const;
export type Period = (typeof PERIODS)[number];
export const STATE_FILTERS = ['all', 'pending', 'printed'] as const;
export type StateFilter = (typeof STATE_FILTERS)[number];
export const SERVICE_FILTERS = ['all', ...SERVICE_IDS] as const;
export type ServiceFilter = 'all' | ServiceId;

export interface JournalFilters {
  number: string;
  period: Period;
  service: ServiceFilter;
  state: StateFilter;
}

export const DEFAULT_FILTERS: JournalFilters = { number: '', period: 'today', service: 'all', state: 'all' };

/** Days counted back from today, today included: "week" is the last 7 days. */
const PERIOD_DAYS: Record<Exclude<Period, 'all'>, number> = { today: 1, week: 7, month: 30 };

export function journalSearchRequest(filters: JournalFilters, today: string, cursor?: string): Omit<RequestOf<'staff.journal.search'>, 'staffToken'> {
  const request: Omit<RequestOf<'staff.journal.search'>, 'staffToken'> = {};
  const number = filters.number.trim();
  if (number !== '') request.number = number;
  if (filters.period !== 'all') {
    request.from = shiftDay(today, 1 - PERIOD_DAYS[filters.period]);
    request.to = today;
  }
  if (filters.service !== 'all') request.service = filters.service;
  if (filters.state !== 'all') request.state = filters.state;
  if (cursor !== undefined) request.cursor = cursor;
  return request;
}
