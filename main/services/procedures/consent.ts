// Law 09-08: the notice is shown and accepted before the first personal datum is taken. The
// acceptance lives in the session, so it ends with it and the next citizen is asked again.
import type { CitizenSession, SessionService } from '../session-service.js';

export function recordConsent(sessions: SessionService, sessionId: string, now: Date): void {
  const session = sessions.require(sessionId);
  session.consentedAt ??= now;
}

export function hasConsented(session: CitizenSession): boolean {
  return session.consentedAt !== null;
}
