// One staff session at a time, named by a random token the screen sends with every request.
// It ends when the clerk signs out, taps their badge again, stays idle for
// `sessionIdleSeconds`, or when another clerk signs in (then it is 'replaced': the screen
// already shows the new clerk, so no event is sent for the old one).
import { randomBytes } from 'node:crypto';
import { KioskRequestError, type StaffSessionEndReason } from '../contract/kiosk-contract.js';
import type { StaffAccount } from './staff-authenticator.js';

export type StaffSessionEnd = StaffSessionEndReason | 'replaced';

export interface StaffSession {
  readonly token: string;
  readonly account: StaffAccount;
  readonly startedAt: Date;
}

export interface StaffSessionsOptions {
  idleSeconds: number;
  /** Called once per ended session, after it is gone (a request with its token is refused). */
  onEnded: (session: StaffSession, reason: StaffSessionEnd) => void;
  now?: () => Date;
}

export const STAFF_SESSION_ENDED_MESSAGE = 'the staff session has ended: badge and PIN again';

type EndListener = (session: StaffSession, reason: StaffSessionEnd) => void;

export class StaffSessions {
  private live: StaffSession | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly endListeners = new Set<EndListener>();

  constructor(private readonly options: StaffSessionsOptions) {}

  start(account: StaffAccount): StaffSession {
    if (this.live) this.end(this.live.token, 'replaced');
    const session: StaffSession = {
      token: randomBytes(24).toString('base64url'),
      account,
      startedAt: (this.options.now ?? (() => new Date()))(),
    };
    this.live = session;
    this.armIdle();
    return session;
  }

  current(): StaffSession | undefined {
    return this.live;
  }

  /** The session behind a token, its idle time restarted; refused once it has ended. */
  use(token: string): StaffSession {
    const session = this.live;
    if (!session || session.token !== token) throw new KioskRequestError('staff-session-ended', STAFF_SESSION_ENDED_MESSAGE);
    this.armIdle();
    return session;
  }

  /** Restarts the idle time if the token is still live (after a long print); false otherwise. */
  touch(token: string): boolean {
    if (this.live?.token !== token) return false;
    this.armIdle();
    return true;
  }

  /** Ends the session if the token is the live one; false if it had already ended. */
  end(token: string, reason: StaffSessionEnd): boolean {
    const session = this.live;
    if (!session || session.token !== token) return false;
    this.live = undefined;
    this.disarmIdle();
    this.options.onEnded(session, reason);
    for (const listener of [...this.endListeners]) listener(session, reason);
    return true;
  }

  /**
   * Told of every ended session, whatever the reason ('replaced' included, which sends no
   * event to the screen), synchronously: what a session opened can close before anything else
   * happens. Returns what unsubscribes.
   */
  onEnded(listener: EndListener): () => void {
    this.endListeners.add(listener);
    return () => this.endListeners.delete(listener);
  }

  /** Shutdown: the session is dropped without an event (no screen is left to tell). */
  close(): void {
    this.live = undefined;
    this.disarmIdle();
  }

  private armIdle(): void {
    this.disarmIdle();
    const token = this.live?.token;
    if (token === undefined) return;
    this.idleTimer = setTimeout(() => this.end(token, 'idle'), this.options.idleSeconds * 1000);
    // A kiosk shutting down must not wait for a clerk's idle timer.
    this.idleTimer.unref?.();
  }

  private disarmIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }
}
