// The citizen's identity, from the document reader or typed. A read is only ever turned into
// an identity for the session at the kiosk, and only once its citizen has accepted the privacy
// notice: a card pushed into the reader on the attract screen, or before the notice, is
// dropped unread (nothing stored, nothing of it logged).
import type { IdCardEvent, IdReaderDevice, IdUnreadableEvent } from '../../../hardware/id-reader/id-reader.js';
import type { IdentityReadEvent, ResponseOf } from '../../contract/kiosk-contract.js';
import type { SessionService } from '../session-service.js';
import { identityFromCardNumber } from './card-number-identity.js';
import { hasConsented } from './consent.js';
import { identityFromMrz, type IdentityOutcome, problemOfUnreadable } from './mrz-identity.js';
import { todayAtOffice } from './office-calendar.js';
import type { ProcedureLogger } from './procedure-logger.js';

export interface IdentityServiceDeps {
  sessions: SessionService;
  reader: IdReaderDevice;
  emit(event: IdentityReadEvent): void;
  logger: ProcedureLogger;
  timeZone: string;
  now: () => Date;
}

export class IdentityService {
  constructor(private readonly deps: IdentityServiceDeps) {}

  /** Listens to the reader until the returned function is called. */
  listen(): () => void {
    const onCard = (event: IdCardEvent) => this.onRead(() => identityFromMrz(event.result, this.today()));
    const onUnreadable = (event: IdUnreadableEvent) => this.onRead(() => ({ ok: false, problem: problemOfUnreadable(event.reason) }));
    this.deps.reader.on('card', onCard);
    this.deps.reader.on('unreadable', onUnreadable);
    return () => {
      this.deps.reader.off('card', onCard);
      this.deps.reader.off('unreadable', onUnreadable);
    };
  }

  enterCardNumber(sessionId: string, cardNumber: string, birthDate: string): ResponseOf<'identity.enterCardNumber'> {
    const session = this.deps.sessions.require(sessionId);
    if (!hasConsented(session)) return { ok: false, problem: 'consent-required' };
    const outcome = identityFromCardNumber(cardNumber, birthDate, this.today());
    this.deps.logger.info({ procedure: 'identity', method: 'card-number', outcome: outcome.ok ? 'ok' : outcome.problem }, 'identity typed');
    if (!outcome.ok) return outcome;
    session.identity = outcome.identity;
    session.identityView = outcome.view;
    return { ok: true, identity: outcome.view };
  }

  clear(sessionId: string): void {
    const session = this.deps.sessions.require(sessionId);
    session.identity = null;
    session.identityView = null;
  }

  private onRead(decide: () => IdentityOutcome): void {
    const session = this.deps.sessions.current();
    if (!session || !hasConsented(session)) return;
    const outcome = decide();
    // A failed read leaves an identity already given in place: the citizen loses nothing.
    if (outcome.ok) {
      session.identity = outcome.identity;
      session.identityView = outcome.view;
    }
    this.deps.logger.info({ procedure: 'identity', method: 'mrz', outcome: outcome.ok ? 'ok' : outcome.problem }, 'identity read');
    this.deps.emit({
      sessionId: session.id,
      result: outcome.ok ? { ok: true, identity: outcome.view } : { ok: false, problem: outcome.problem },
    });
  }

  private today(): string {
    return todayAtOffice(this.deps.now(), this.deps.timeZone);
  }
}
