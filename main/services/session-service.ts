// One citizen at a time: a new session ends the previous one, and an answer for a session
// that has ended must never reach the screen (the next citizen could be standing there).
// Everything personal the kiosk learns about a citizen lives here, in memory, and only here:
// ending the session drops it and aborts whatever was still being asked on its behalf.
//
// Main owns the visit, not the page: a page that (re)loads ends it, and so does a visit with
// no citizen activity past the screen's own idle limits plus a margin, even when the page is
// frozen or gone. Until then the staff badge and the technician gesture stay refused, so a
// visit nobody ends would lock the staff out.
import { randomUUID } from 'node:crypto';
import { type IdentityView, type Language, KioskRequestError } from '../contract/kiosk-contract.js';
import type { Identity } from '../office/office-schemas.js';

export interface CitizenSession {
  readonly id: string;
  language: Language;
  readonly startedAt: Date;
  /** When the citizen accepted the privacy notice (law 09-08); null before. */
  consentedAt: Date | null;
  /** The verified identity as the office needs it (full numbers): session memory only. */
  identity: Identity | null;
  /** The same identity as shown on screen, masked. */
  identityView: IdentityView | null;
  /** Aborted when the session ends or another replaces it: pass it to every backend call. */
  readonly signal: AbortSignal;
}

/**
 * Why a visit ended. The first three come from the page (session.end); the others are main's
 * own decisions, which the page learns through the session.expired event.
 */
export type VisitEndReason = 'done' | 'idle' | 'cancel' | 'replaced' | 'page-loaded' | 'renderer-gone' | 'no-activity' | 'shutdown';

/** The screen's idle limits (config idle), which main enforces too. */
export interface VisitLimits {
  warningAfterSeconds: number;
  resetAfterWarningSeconds: number;
  resultScreenSeconds: number;
  /**
   * Added to the screen's limit before main steps in: the page's own reset comes first when it
   * runs, and its activity reports are throttled (default 15 s).
   */
  marginSeconds?: number;
}

interface LiveSession extends CitizenSession {
  readonly controller: AbortController;
  lastActivityMs: number;
  /** When each request main is still working on for this visit began (a submission, a payment). */
  holds: number[];
  /** The page doubles its limits in speak mode; it says so with each activity report. */
  slowTimings: boolean;
}

const DEFAULT_MARGIN_SECONDS = 15;
/**
 * Every wait is bounded (office.requestTimeoutMs, the payment terminal's own clock), far below
 * this; a request that never answers (a bug) still cannot hold a visit, and the staff, forever.
 */
export const MAX_HOLD_MS = 10 * 60_000;

export class SessionService {
  private live: LiveSession | undefined;
  private readonly endedListeners = new Set<(sessionId: string, reason: VisitEndReason) => void>();

  constructor(
    private readonly now: () => Date = () => new Date(),
    private readonly limits?: VisitLimits,
  ) {}

  start(language: Language): CitizenSession {
    if (this.live) this.finish(this.live, 'replaced');
    const controller = new AbortController();
    const startedAt = this.now();
    this.live = {
      id: randomUUID(),
      language,
      startedAt,
      consentedAt: null,
      identity: null,
      identityView: null,
      controller,
      signal: controller.signal,
      lastActivityMs: startedAt.getTime(),
      holds: [],
      slowTimings: false,
    };
    return this.live;
  }

  setLanguage(sessionId: string, language: Language): void {
    this.require(sessionId).language = language;
  }

  end(sessionId: string, reason: VisitEndReason = 'done'): void {
    if (this.live?.id === sessionId) this.finish(this.live, reason);
  }

  /** Ends whatever visit is live (the page reloaded, the kiosk shuts down); true if there was one. */
  endCurrent(reason: VisitEndReason): boolean {
    if (!this.live) return false;
    this.finish(this.live, reason);
    return true;
  }

  isActive(sessionId: string): boolean {
    return this.live?.id === sessionId;
  }

  /** The session at the kiosk right now, if any (hardware events go to it). */
  current(): CitizenSession | undefined {
    return this.live;
  }

  require(sessionId: string): CitizenSession {
    if (!this.live || this.live.id !== sessionId) {
      throw new KioskRequestError('stale-session', 'this session has ended');
    }
    return this.live;
  }

  /** Throws stale-session when the session ended while the caller was waiting. */
  assertStillActive(sessionId: string): void {
    this.require(sessionId);
  }

  /** The citizen did something on screen (or the page asked main for something). */
  touch(sessionId: string, report?: { slowTimings: boolean }): void {
    const live = this.live;
    if (live?.id !== sessionId) return;
    live.lastActivityMs = this.now().getTime();
    if (report) live.slowTimings = report.slowTimings;
  }

  /**
   * Main starts working for the visit: no inactivity counts until the returned release is
   * called (the citizen is watching a spinner), and the answer itself counts as activity.
   */
  hold(sessionId: string): () => void {
    const live = this.live;
    if (live?.id !== sessionId) return () => undefined;
    const since = this.now().getTime();
    live.holds.push(since);
    live.lastActivityMs = since;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      live.holds.splice(live.holds.indexOf(since), 1);
      if (this.live === live) live.lastActivityMs = this.now().getTime();
    };
  }

  /** How long a visit may go without activity before main ends it; undefined: no limit configured. */
  inactivityLimitMs(slowTimings: boolean): number | undefined {
    if (!this.limits) return undefined;
    const factor = slowTimings ? 2 : 1;
    const { warningAfterSeconds, resetAfterWarningSeconds, resultScreenSeconds } = this.limits;
    const screenSeconds = Math.max(warningAfterSeconds + resetAfterWarningSeconds, resultScreenSeconds) * factor;
    return (screenSeconds + (this.limits.marginSeconds ?? DEFAULT_MARGIN_SECONDS)) * 1000;
  }

  /** Ends the visit if it has been inactive past the limit; returns its id when it did. */
  expireIfInactive(): string | undefined {
    const live = this.live;
    if (!live) return undefined;
    const nowMs = this.now().getTime();
    if (live.holds.some((since) => nowMs - since < MAX_HOLD_MS)) return undefined;
    const limit = this.inactivityLimitMs(live.slowTimings);
    if (limit === undefined || nowMs - live.lastActivityMs < limit) return undefined;
    this.finish(live, 'no-activity');
    return live.id;
  }

  /** Checks for an abandoned visit every `intervalMs`; returns the stop function. */
  watchInactivity(intervalMs = 1000): () => void {
    const timer = setInterval(() => this.expireIfInactive(), intervalMs);
    timer.unref?.();
    return () => clearInterval(timer);
  }

  onEnded(listener: (sessionId: string, reason: VisitEndReason) => void): () => void {
    this.endedListeners.add(listener);
    return () => {
      this.endedListeners.delete(listener);
    };
  }

  private finish(session: LiveSession, reason: VisitEndReason): void {
    this.live = undefined;
    session.identity = null;
    session.identityView = null;
    session.controller.abort(new KioskRequestError('stale-session', 'this session has ended'));
    for (const listener of this.endedListeners) listener(session.id, reason);
  }
}
