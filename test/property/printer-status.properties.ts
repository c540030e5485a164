// DLE EOT n real-time status replies: one byte each, decoded by the bit table of the ESC/POS
// manual (copied here, not imported, so that the decoder is judged against the manual).
import fc from 'fast-check';
import {
  blockingReason,
  decodeStatusAnswers,
  decodeStatusByte,
  emptyCondition,
  encodeStatusByte,
  type PrinterCondition,
  type StatusRequest,
} from '../../hardware/printer/printer-status.js';
import type { PropertySpec } from './property-spec.js';

function fail(message: string): never {
  throw new Error(message);
}

/** n -> flag -> mask: a flag is raised when any bit of its mask is set. */
const MANUAL: Record<StatusRequest, Partial<Record<keyof PrinterCondition, number>>> = {
  1: { drawerPinHigh: 0x04, offline: 0x08, waitingOnlineRecovery: 0x20, feedButtonPressed: 0x40 },
  2: { coverOpen: 0x04, feedingByButton: 0x08, paperOut: 0x20, error: 0x40 },
  3: { recoverableError: 0x04, cutterError: 0x08, unrecoverable: 0x20, autoRecoverableError: 0x40 },
  4: { paperNearEnd: 0x0c, paperOut: 0x60 },
};

const request = fc.constantFrom<StatusRequest>(1, 2, 3, 4);
const FLAGS = Object.keys(emptyCondition()) as Array<keyof PrinterCondition>;
const condition: fc.Arbitrary<PrinterCondition> = fc.record(Object.fromEntries(FLAGS.map((f) => [f, fc.boolean()])) as Record<keyof PrinterCondition, fc.Arbitrary<boolean>>);

export const PRINTER_STATUS_PROPERTIES: PropertySpec[] = [
  {
    parser: 'printer-status',
    name: 'every reply byte to every DLE EOT n decodes without throwing: a non-status byte to nothing, a status byte to exactly the bits of the manual',
    runs: 4000,
    build: () =>
      fc.property(request, fc.integer({ min: 0, max: 255 }), (n, b) => {
        const decoded = decodeStatusByte(n, b);
        // Fixed bits of every reply: bits 1 and 4 set, bits 0 and 7 clear.
        const isStatus = (b & 0x01) === 0 && (b & 0x02) !== 0 && (b & 0x10) !== 0 && (b & 0x80) === 0;
        if (!isStatus) {
          if (decoded !== undefined) fail(`0x${b.toString(16)} is no status reply but decoded`);
          return;
        }
        const expected = Object.fromEntries(Object.entries(MANUAL[n]).map(([flag, mask]) => [flag, (b & mask) !== 0]));
        if (JSON.stringify(decoded) !== JSON.stringify(expected)) fail(`n=${n} 0x${b.toString(16)}: ${JSON.stringify(decoded)}`);
      }),
  },
  {
    parser: 'printer-status',
    name: 'a condition encoded as the four replies (virtual printer) decodes back to the same reason to refuse a print',
    runs: 3000,
    build: () =>
      fc.property(condition, (c) => {
        const replies = ([1, 2, 3, 4] as const).map((n) => ({ n, byte: encodeStatusByte(n, c) }));
        const back = decodeStatusAnswers(replies);
        // The FEED button takes the printer offline while held: the one flag that adds a reason.
        if (!c.feedingByButton && blockingReason(back) !== blockingReason(c)) fail(`${blockingReason(c)} came back as ${blockingReason(back)}`);
        for (const flag of ['paperOut', 'coverOpen', 'cutterError', 'unrecoverable', 'recoverableError', 'autoRecoverableError', 'feedButtonPressed', 'feedingByButton'] as const) {
          if (back[flag] !== c[flag]) fail(`${flag} did not survive`);
        }
        if (back.paperNearEnd !== (c.paperNearEnd || c.paperOut)) fail('paper near end lost');
      }),
  },
  {
    parser: 'printer-status',
    name: 'merging replies never lowers a raised flag, whatever bytes come back',
    runs: 3000,
    build: () =>
      fc.property(fc.array(fc.record({ n: request, byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 8 }), fc.record({ n: request, byte: fc.integer({ min: 0, max: 255 }) }), (answers, more) => {
        const before = decodeStatusAnswers(answers);
        const after = decodeStatusAnswers([...answers, more]);
        for (const flag of FLAGS) if (before[flag] && !after[flag]) fail(`${flag} was lowered`);
      }),
  },
];
