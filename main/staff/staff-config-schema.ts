// The `staff` section of the kiosk configuration: who may use the staff mode, with which
// badge, and the PIN rules. Composed into main/config/config-schema.ts.
import { z } from 'zod';
import { parsePinHash } from './pin-hash.js';

export const staffRoleSchema = z.enum(['staff', 'technician']);

const staffAccountSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{1,31}$/, { message: 'must be 2-32 lowercase letters, digits or dashes' })
      .describe('Identifier of the account in logs and the audit trail (not a name)'),
    displayName: z.string().trim().min(1).max(40).regex(/\S/).describe('Name shown on the staff screen once signed in'),
    role: staffRoleSchema.describe('staff: journal, reprints, summary; technician: also the devices'),
    badgeId: z
      .string()
      .regex(/^[0-9A-Fa-f]{10}$/, { message: 'must be the 10 hexadecimal digits the badge reader sends' })
      .transform((id) => id.toUpperCase())
      .describe('Badge number as the 125 kHz reader sends it (10 hex digits)'),
    pinHash: z
      .string()
      .superRefine((hash, ctx) => {
        const parsed = parsePinHash(hash);
        if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
      })
      .describe('scrypt hash of the PIN, from `npx tsx main/staff/hash-pin-cli.ts`; never the PIN itself'),
  })
  .strict();

const DEFAULT_LOCKOUT = { maxAttempts: 5, lockMinutes: 15 };
const DEFAULT_IDLE_SECONDS = 120;

export const staffConfigSchema = z
  .object({
    accounts: z.array(staffAccountSchema).max(200).default([]).describe('Staff accounts; none: the staff mode cannot be entered'),
    pinLockout: z
      .object({
        maxAttempts: z.number().int().min(3).max(10).default(DEFAULT_LOCKOUT.maxAttempts).describe('Wrong PINs in a row that lock the badge'),
        lockMinutes: z.number().int().min(1).max(1440).default(DEFAULT_LOCKOUT.lockMinutes).describe('How long a locked badge stays locked, restarts included'),
      })
      .strict()
      .default(DEFAULT_LOCKOUT),
    sessionIdleSeconds: z
      .number()
      .int()
      .min(15)
      .max(1800)
      .default(DEFAULT_IDLE_SECONDS)
      .describe('Inactivity after which a staff session ends by itself'),
    exportDir: z
      .string()
      .min(1)
      .optional()
      .describe('Folder where the audit log CSV is written (a USB drive mount path, for instance); default: <dataDir>/exports'),
  })
  .strict()
  .superRefine((staff, ctx) => {
    const ids = new Set<string>();
    const badges = new Set<string>();
    staff.accounts.forEach((a, i) => {
      if (ids.has(a.id)) ctx.addIssue({ code: 'custom', path: ['accounts', i, 'id'], message: `account ${a.id} is listed twice` });
      // The badge number itself is not repeated in the message: it is a credential.
      if (badges.has(a.badgeId)) ctx.addIssue({ code: 'custom', path: ['accounts', i, 'badgeId'], message: 'this badge is already given to another account' });
      ids.add(a.id);
      badges.add(a.badgeId);
    });
  })
  .default({ accounts: [], pinLockout: DEFAULT_LOCKOUT, sessionIdleSeconds: DEFAULT_IDLE_SECONDS });

export type StaffConfig = z.infer<typeof staffConfigSchema>;
export type StaffAccountConfig = z.infer<typeof staffAccountSchema>;
export type StaffRole = z.infer<typeof staffRoleSchema>;
