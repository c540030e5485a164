// Driver choice and timings of the payment terminal. The lead composes this into
// hardwareConfigSchema (hardware/hardware-config.ts) as `paymentTerminal`.
import { z } from 'zod';

const stepMs = (fallback: number, what: string) => z.number().int().min(0).max(120_000).default(fallback).describe(what);

export const paymentTerminalConfigSchema = z
  .discriminatedUnion('driver', [
    z
      .object({
        driver: z.literal('mock').describe('Simulated terminal that approves unless a test scripts another outcome'),
        insertCardMs: stepMs(1500, 'Time the simulated citizen takes to insert the card'),
        enterPinMs: stepMs(2000, 'Time the simulated citizen takes to type the PIN'),
        approveAfterMs: stepMs(1200, 'Time the simulated acquirer takes to answer'),
        removeCardMs: stepMs(800, 'Time the simulated citizen takes to take the card back'),
        timeoutMs: z
          .number()
          .int()
          .min(1000)
          .max(300_000)
          .default(60_000)
          .describe('How long the terminal waits for the citizen at one step before giving up'),
        authorizationSeed: z
          .number()
          .int()
          .min(0)
          .max(999_999)
          .default(0)
          .describe('Start of the counter behind the fake authorization codes, for reproducible runs'),
      })
      .strict(),
  ])
  .describe('Card payment terminal (local taxes)');

export type PaymentTerminalConfig = z.infer<typeof paymentTerminalConfigSchema>;
export type MockPaymentTerminalConfig = Extract<PaymentTerminalConfig, { driver: 'mock' }>;
