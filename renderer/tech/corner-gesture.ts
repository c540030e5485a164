// The technician's hidden way in: five taps in the top corner on the reading side within three
// seconds. Any tap elsewhere starts the count over, so a citizen tapping around never gets
// there by chance.
export const CORNER_TAPS = 5;
export const CORNER_WINDOW_MS = 3000;
/** Side of the invisible square zone, in CSS pixels. */
export const CORNER_SIZE_PX = 120;

export class CornerTapCounter {
  private taps: number[] = [];

  /** One tap on the attract screen; true when it completes the gesture (the count restarts). */
  tap(inCorner: boolean, atMs: number): boolean {
    if (!inCorner) {
      this.taps = [];
      return false;
    }
    this.taps = [...this.taps, atMs].filter((at) => atMs - at <= CORNER_WINDOW_MS).slice(-CORNER_TAPS);
    if (this.taps.length < CORNER_TAPS) return false;
    this.taps = [];
    return true;
  }
}
