// Card and phone numbers appear masked on screen (law 09-08): only the last digits show, so a
// passer-by cannot read them and the citizen can still check the end of what was typed.
export type DisplayMask = 'none' | 'last4';

const VISIBLE = 4;
export const MASK_CHARACTER = '•';

export function maskValue(value: string, mask: DisplayMask): string {
  if (mask === 'none') return value;
  const characters = Array.from(value);
  const hidden = Math.max(0, characters.length - VISIBLE);
  return MASK_CHARACTER.repeat(hidden) + characters.slice(hidden).join('');
}
