// How a printout ended, shared by every channel that prints (tickets, procedure receipts).
import { z } from 'zod';

export const printFailureReasonSchema = z.enum(['offline', 'paper-out', 'cover-open', 'cutter-error', 'error']);
export type PrintFailureReason = z.infer<typeof printFailureReasonSchema>;

export const printOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), reason: printFailureReasonSchema }),
]);
export type PrintOutcome = z.infer<typeof printOutcomeSchema>;
