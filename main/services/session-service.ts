// One citizen at a time: a new session ends the previous one, and an answer for a session
// that has ended must never reach the screen (the next citizen could be standing there).
import { randomUUID } from 'node:crypto';
import { type Language, KioskRequestError } from '../contract/kiosk-contract.js';

export interface CitizenSession {
  id: string;
  language: Language;
  startedAt: Date;
}

export class SessionService {
  private current: CitizenSession | undefined;

  constructor(private readonly now: () => Date = () => new Date()) {}

  start(language: Language): CitizenSession {
    this.current = { id: randomUUID(), language, startedAt: this.now() };
    return this.current;
  }

  setLanguage(sessionId: string, language: Language): void {
    this.require(sessionId).language = language;
  }

  end(sessionId: string): void {
    if (this.current?.id === sessionId) this.current = undefined;
  }

  isActive(sessionId: string): boolean {
    return this.current?.id === sessionId;
  }

  require(sessionId: string): CitizenSession {
    if (!this.current || this.current.id !== sessionId) {
      throw new KioskRequestError('stale-session', 'this session has ended');
    }
    return this.current;
  }
}
