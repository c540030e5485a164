// A failed read from the office (a tax notice, a request's status) as the citizen hears it:
// the number is unknown, the office cannot be reached just now, or it answered something the
// kiosk cannot use. The same three for every lookup, so the screens can share their wording.
import type { OfficeFailureKind } from '../../office/office-client.js';

export type OfficeLookupProblem = 'not-found' | 'backend-unavailable' | 'backend-error';

export function officeLookupProblem(kind: OfficeFailureKind): OfficeLookupProblem {
  switch (kind) {
    case 'not-found':
      return 'not-found';
    case 'unreachable':
    case 'timeout':
      return 'backend-unavailable';
    case 'server-error':
    case 'garbage':
    case 'rejected':
      return 'backend-error';
  }
}
