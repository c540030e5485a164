// The demo staff accounts: a clerk (badge 0F00A1B2C3, PIN 2468) and a technician (badge
// 1234567890, PIN 1357), whose badges and PINs are published for developers. They belong to the
// dev dock: the kiosk adds them at run time only while developer.devDock is on
// (main/services/dev-dock-service.ts), no configuration file carries them, a configuration
// that holds one with the dock off is refused at start, and a technician's saved edit drops them.
//
// How one is recognised, cheaply: PIN hashes are salted, so a demo PIN hashed again looks like
// any other hash, and checking every account against the published PINs at start would cost two
// scrypt runs (about 100 ms each) per account. So the configuration check compares the exact
// hashes shipped before (free; every copied configuration carries them), and the published PINs
// are refused where the PIN is in hand anyway: at sign-in (for any account but these two, see
// `mayOpenWith`) and in the hashing command, so no new account can get one.
import type { StaffAccountConfig } from './staff-config-schema.js';

export const DEMO_STAFF_ACCOUNTS: readonly StaffAccountConfig[] = [
  {
    id: 'demo-clerk',
    displayName: 'Demo clerk',
    role: 'staff',
    badgeId: '0F00A1B2C3',
    pinHash: 'scrypt$32768$8$1$xhmE7aRTlhxJxBnhXKHw8w==$wNs6oo1ik3Alxfws+mMFKMKDg+VHK1Q8oTkQVoHVX6c=',
  },
  {
    id: 'demo-technician',
    displayName: 'Demo technician',
    role: 'technician',
    badgeId: '1234567890',
    pinHash: 'scrypt$32768$8$1$HvpxssE14GaxHVsEDkKXUg==$zEAdTFZx2Q2ENYWvsfzPpGqvP2xKcFGshFSReMiAZw4=',
  },
];

/** The PINs of the demo accounts, as published in the README. */
export const PUBLISHED_DEMO_PINS: readonly string[] = ['2468', '1357'];

export const HASH_PIN_COMMAND = 'npx tsx main/staff/hash-pin-cli.ts';

const DEMO_HASHES = new Set(DEMO_STAFF_ACCOUNTS.map((a) => a.pinHash));

/** True for an account carrying a demo account's PIN hash, whatever its id or badge. */
export function isDemoAccount(account: { pinHash?: unknown }): boolean {
  return typeof account.pinHash === 'string' && DEMO_HASHES.has(account.pinHash);
}

export function isPublishedDemoPin(pin: string): boolean {
  return PUBLISHED_DEMO_PINS.includes(pin);
}

/**
 * False when a PIN that matched `account`'s hash must still be refused: a published demo PIN
 * opens the demo accounts only (which exist only with the dev dock), never a real account that
 * was given one.
 */
export function mayOpenWith(account: { pinHash: string }, pin: string): boolean {
  return !isPublishedDemoPin(pin) || isDemoAccount(account);
}

/** What to tell whoever starts a kiosk whose configuration holds a demo account with the dock off. */
export function demoAccountProblem(accountId: string): string {
  return (
    `is the demo account "${accountId}", whose badge and PIN are published: demo accounts work only with developer.devDock on. ` +
    `Remove it and create real accounts, each pinHash made by \`${HASH_PIN_COMMAND}\``
  );
}

/** The configuration file's JSON without the demo accounts (for a technician's saved edit). */
export function withoutDemoAccounts(raw: Record<string, unknown>): Record<string, unknown> {
  const staff = raw['staff'];
  if (!staff || typeof staff !== 'object' || Array.isArray(staff)) return raw;
  const accounts = (staff as Record<string, unknown>)['accounts'];
  if (!Array.isArray(accounts)) return raw;
  const kept = accounts.filter((a: unknown) => !(a && typeof a === 'object' && isDemoAccount(a)));
  return kept.length === accounts.length ? raw : { ...raw, staff: { ...staff, accounts: kept } };
}
