// One citizen at a time: a new session ends the previous one, and an answer for a session
// that has ended must never reach the screen (the next citizen could be standing there).
// Everything personal the kiosk learns about a citizen lives here, in memory, and only here:
// ending the session drops it and aborts whatever was still being asked on its behalf.
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

interface LiveSession extends CitizenSession {
  readonly controller: AbortController;
}

export class SessionService {
  private live: LiveSession | undefined;
  private readonly endedListeners = new Set<(sessionId: string) => void>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  start(language: Language): CitizenSession {
    if (this.live) this.finish(this.live);
    const controller = new AbortController();
    this.live = {
      id: randomUUID(),
      language,
      startedAt: this.now(),
      consentedAt: null,
      identity: null,
      identityView: null,
      controller,
      signal: controller.signal,
    };
    return this.live;
  }

  setLanguage(sessionId: string, language: Language): void {
    this.require(sessionId).language = language;
  }

  end(sessionId: string): void {
    if (this.live?.id === sessionId) this.finish(this.live);
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

  onEnded(listener: (sessionId: string) => void): () => void {
    this.endedListeners.add(listener);
    return () => {
      this.endedListeners.delete(listener);
    };
  }

  private finish(session: LiveSession): void {
    this.live = undefined;
    session.identity = null;
    session.identityView = null;
    session.controller.abort(new KioskRequestError('stale-session', 'this session has ended'));
    for (const listener of this.endedListeners) listener(session.id);
  }
}
