// Every staff request after sign-in goes through here: it adds the token, notices when main
// says the session is over (the screens then go back to the attract screen), and keeps the
// "clerk is still here" pings to one every TOUCH_INTERVAL_MS however fast the clerk taps.
import {
  KioskRequestError,
  type KioskApi,
  type RequestChannel,
  type RequestOf,
  type ResponseOf,
} from '../../main/contract/kiosk-contract.js';

/** Channels that carry the staff token. */
export type StaffChannel = {
  [C in RequestChannel]: RequestOf<C> extends { staffToken: string } ? C : never;
}[RequestChannel];

export type StaffPayload<C extends StaffChannel> = Omit<RequestOf<C>, 'staffToken'>;

export const TOUCH_INTERVAL_MS = 10_000;

export class StaffClient {
  private lastTouchAt = Number.NEGATIVE_INFINITY;
  private ended = false;

  constructor(
    private readonly api: KioskApi,
    private readonly staffToken: string,
    private readonly onSessionLost: () => void,
    private readonly now: () => number = Date.now,
  ) {}

  async request<C extends StaffChannel>(channel: C, payload: StaffPayload<C>): Promise<ResponseOf<C>> {
    // Omit<> over a generic channel cannot be proved to rebuild RequestOf<C> with the token back.
    const full = { ...payload, staffToken: this.staffToken } as unknown as RequestOf<C>;
    try {
      return await this.api.request(channel, full);
    } catch (error) {
      if (error instanceof KioskRequestError && error.code === 'staff-session-ended') this.lose();
      throw error;
    }
  }

  /** A tap on a staff screen: tells main at most once per interval, unless `force` (Continue). */
  touch(force = false): void {
    const at = this.now();
    if (!force && at - this.lastTouchAt < TOUCH_INTERVAL_MS) return;
    this.lastTouchAt = at;
    // A failed ping is harmless: the next tap tries again, and a dead session is reported.
    this.request('staff.touch', {}).catch(() => undefined);
  }

  private lose(): void {
    if (this.ended) return;
    this.ended = true;
    this.onSessionLost();
  }
}

/** What the screens say when a request fails for another reason than the session's end. */
export function staffErrorKey(error: unknown): string {
  if (error instanceof KioskRequestError) {
    if (error.code === 'forbidden') return 'staff.errors.forbidden';
    if (error.code === 'unavailable') return 'staff.errors.unavailable';
  }
  return 'staff.errors.generic';
}
