// The console's list on screen: entries in the order main numbered them, each once, and never
// more than main keeps either. Pure, so the screen's state is tested without a browser.
import type { ConsoleEntry } from '../../main/contract/kiosk-contract.js';

export const CONSOLE_SCREEN_MAX_ENTRIES = 200;

/** `incoming` after `list`, skipping what is already there (an event may repeat what open returned). */
export function appendEntries(list: readonly ConsoleEntry[], incoming: readonly ConsoleEntry[], max = CONSOLE_SCREEN_MAX_ENTRIES): ConsoleEntry[] {
  const lastSeq = list.length > 0 ? (list[list.length - 1]?.seq ?? -1) : -1;
  const fresh = incoming.filter((e) => e.seq > lastSeq);
  if (fresh.length === 0) return list as ConsoleEntry[];
  const all = [...list, ...fresh];
  return all.length > max ? all.slice(all.length - max) : all;
}
