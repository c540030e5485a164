// The PIN as typed on the keypad: digits only, 4 to 8 of them. It lives only in the PIN
// screen's state and is emptied after every try.
export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 8;

/** Keypad rows in telephone order; the keypad is laid out left to right in every language. */
export const KEYPAD_ROWS = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
] as const;

export function pressPinDigit(pin: string, digit: string): string {
  if (!/^[0-9]$/.test(digit) || pin.length >= PIN_MAX_LENGTH) return pin;
  return pin + digit;
}

export function erasePinDigit(pin: string): string {
  return pin.slice(0, -1);
}

export function pinComplete(pin: string): boolean {
  return pin.length >= PIN_MIN_LENGTH && pin.length <= PIN_MAX_LENGTH;
}
