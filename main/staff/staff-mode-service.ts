// The staff mode's front door: badges from the reader, PINs from the keypad, the one staff
// session, and the audit trail of every sign-in, sign-out and refusal. A badge while a citizen
// is being served is ignored (logged, never shown): the screen belongs to the citizen.
import type { BadgeReaderDevice, BadgeReadEvent } from '../../hardware/badge-reader/badge-reader.js';
import type { AuditAction, PinVerdictView, StaffBadgeEvent, StaffSessionEndReason } from '../contract/kiosk-contract.js';
import type { StaffAccount, StaffAuthenticator } from './staff-authenticator.js';
import type { StaffRole } from './staff-config-schema.js';
import { StaffSignInAttempts } from './staff-sign-in.js';
import { type StaffSession, type StaffSessionEnd, StaffSessions } from './staff-sessions.js';

export interface StaffAuditEntry {
  account: string | null;
  displayName: string | null;
  role: StaffRole | null;
  action: AuditAction;
  target?: string | null;
  outcome?: string | null;
}

/** The part of the audit log the staff mode writes to (StaffAuditLog in main/storage). */
export interface StaffAuditWriter {
  append(entry: StaffAuditEntry): Promise<number>;
}

export interface StaffModeLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface StaffModeEvents {
  badge(event: StaffBadgeEvent): void;
  sessionEnded(reason: StaffSessionEndReason): void;
}

export interface StaffModeOptions {
  auth: Pick<StaffAuthenticator, 'identify' | 'verifyPin'>;
  badgeReader: Pick<BadgeReaderDevice, 'on' | 'off'>;
  /** True while a citizen session is in progress. */
  citizenPresent: () => boolean;
  events: StaffModeEvents;
  audit: StaffAuditWriter;
  idleSeconds: number;
  logger: StaffModeLogger;
  now?: () => Date;
  /** How long the PIN keypad waits for a PIN (default 60 s). */
  signInMs?: number;
}

export class StaffModeService {
  readonly sessions: StaffSessions;
  private readonly attempts: StaffSignInAttempts;
  private badgeQueue: Promise<void> = Promise.resolve();
  /** Audit writes started from timers and events, awaited by sign-out and shutdown. */
  private readonly writes = new Set<Promise<void>>();
  private readonly onBadge = (e: BadgeReadEvent): void => {
    this.badgeQueue = this.badgeQueue.then(() => this.handleBadge(e.badgeId)).catch((err: unknown) => {
      this.options.logger.error({ part: 'staff', err: err instanceof Error ? err.message : String(err) }, 'staff badge not handled');
    });
  };
  private readonly onUnreadable = (): void => {
    if (this.ignoredForCitizen()) return;
    this.options.events.badge({ kind: 'unreadable' });
    this.track(this.audit(null, 'sign-in-refused', null, 'unreadable-badge'));
  };

  constructor(private readonly options: StaffModeOptions) {
    const now = options.now ?? (() => new Date());
    this.attempts = new StaffSignInAttempts({ now: () => now().getTime(), ...(options.signInMs ? { ttlMs: options.signInMs } : {}) });
    this.sessions = new StaffSessions({
      idleSeconds: options.idleSeconds,
      now,
      onEnded: (session, reason) => this.sessionEnded(session, reason),
    });
  }

  start(): void {
    this.options.badgeReader.on('badge', this.onBadge);
    this.options.badgeReader.on('unreadable', this.onUnreadable);
  }

  async verifyPin(attemptId: string, pin: string): Promise<PinVerdictView> {
    const account = this.attempts.accountOf(attemptId);
    if (!account) return { kind: 'expired' };
    const verdict = await this.options.auth.verifyPin(account.id, pin);
    switch (verdict.kind) {
      case 'ok': {
        this.attempts.finish(attemptId);
        const session = this.sessions.start(verdict.account);
        await this.audit(verdict.account, 'sign-in', null, 'ok');
        this.options.logger.info({ part: 'staff', account: account.id }, 'staff session started');
        return { kind: 'ok', staffToken: session.token, account: { displayName: verdict.account.displayName, role: verdict.account.role }, idleSeconds: this.options.idleSeconds };
      }
      case 'wrong':
        await this.audit(account, 'sign-in-refused', null, `wrong-pin attempts-left=${verdict.attemptsLeft}`);
        return { kind: 'wrong', attemptsLeft: verdict.attemptsLeft };
      case 'locked':
        this.attempts.finish(attemptId);
        await this.audit(account, 'sign-in-refused', null, `locked until=${verdict.until.toISOString()}`);
        return { kind: 'locked', until: verdict.until.toISOString() };
      case 'invalid':
        await this.audit(account, 'sign-in-refused', null, `invalid-pin ${verdict.problem}`);
        return { kind: 'invalid' };
      case 'unknown':
        // The account left the configuration while its keypad was open.
        this.attempts.finish(attemptId);
        return { kind: 'expired' };
    }
  }

  cancelSignIn(attemptId: string): void {
    this.attempts.finish(attemptId);
  }

  /** Idempotent: a token that already ended is simply gone. Resolves once the audit entry is written. */
  async signOut(token: string): Promise<void> {
    this.sessions.end(token, 'signed-out');
    await this.settled();
  }

  /** Writes an audit entry; a failure is logged, never thrown (the action itself is done). */
  async audit(account: StaffAccount | null, action: AuditAction, target: string | null, outcome: string | null): Promise<void> {
    try {
      await this.options.audit.append({
        account: account?.id ?? null,
        displayName: account?.displayName ?? null,
        role: account?.role ?? null,
        action,
        target,
        outcome,
      });
    } catch (err) {
      this.options.logger.error({ part: 'staff', action, err: err instanceof Error ? err.message : String(err) }, 'staff audit entry not written');
    }
  }

  close(): void {
    this.options.badgeReader.off('badge', this.onBadge);
    this.options.badgeReader.off('unreadable', this.onUnreadable);
    this.attempts.clear();
    this.sessions.close();
  }

  /** Resolves once the badges already read have been handled and their audit entries written. */
  async settled(): Promise<void> {
    await this.badgeQueue;
    await Promise.all([...this.writes]);
  }

  private track(write: Promise<void>): void {
    this.writes.add(write);
    void write.finally(() => this.writes.delete(write));
  }

  private async handleBadge(badgeId: string): Promise<void> {
    if (this.ignoredForCitizen()) return;
    const found = await this.options.auth.identify(badgeId);
    if (found.kind === 'unknown') {
      this.options.events.badge({ kind: 'unknown' });
      await this.audit(null, 'sign-in-refused', null, 'unknown-badge');
      return;
    }
    const { account, lockedUntil } = found;
    const live = this.sessions.current();
    if (live && live.account.id === account.id) {
      // The same clerk taps out.
      this.attempts.clear();
      this.sessions.end(live.token, 'badge');
      return;
    }
    if (lockedUntil) {
      this.options.events.badge({ kind: 'locked', until: lockedUntil.toISOString() });
      await this.audit(account, 'sign-in-refused', null, `locked until=${lockedUntil.toISOString()}`);
      return;
    }
    const attemptId = this.attempts.start(account);
    this.options.events.badge({ kind: 'sign-in', attemptId, displayName: account.displayName, role: account.role });
  }

  private ignoredForCitizen(): boolean {
    if (!this.options.citizenPresent()) return false;
    this.options.logger.info({ part: 'staff' }, 'staff badge ignored: a citizen is being served');
    return true;
  }

  private sessionEnded(session: StaffSession, reason: StaffSessionEnd): void {
    this.options.logger.info({ part: 'staff', account: session.account.id, reason }, 'staff session ended');
    this.track(this.audit(session.account, 'sign-out', null, reason));
    if (reason !== 'replaced') this.options.events.sessionEnded(reason);
  }
}
