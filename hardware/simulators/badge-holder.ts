// Plays a member of staff holding a badge to a serial badge reader: the reader repeats its
// frame every `intervalMs` for as long as the badge stays, as 125 kHz readers do.
import { encodeBadgeFrame } from '../badge-reader/badge-frame.js';

export interface BadgeTarget {
  write(data: Uint8Array | string): Promise<void>;
}

export interface HoldBadgeOptions {
  /** How many frames the reader sends while the badge is held. */
  frames?: number;
  /** Pause between two frames (real readers: 50-250 ms). */
  intervalMs?: number;
  corruptChecksum?: boolean;
  /** Writes each frame in two pieces, as a slow USB-serial adapter may deliver it. */
  splitFrames?: boolean;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function holdBadge(target: BadgeTarget, badgeId: string, options: HoldBadgeOptions = {}): Promise<void> {
  const frame = encodeBadgeFrame(badgeId, { corruptChecksum: options.corruptChecksum ?? false });
  const frames = options.frames ?? 5;
  for (let i = 0; i < frames; i++) {
    if (i > 0) await sleep(options.intervalMs ?? 100);
    if (options.splitFrames) {
      await target.write(frame.subarray(0, 6));
      await sleep(5);
      await target.write(frame.subarray(6));
    } else {
      await target.write(frame);
    }
  }
}
