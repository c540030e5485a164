// What a receipt is made of, independent of how it is drawn or sent. Plain JSON-safe data so
// main/ can build receipts, staff reprints can store them, and the schema can check a stored
// receipt before it is printed again.
import { z } from 'zod';

export const receiptLanguageSchema = z.enum(['ar', 'fr', 'zgh', 'en']);
export type ReceiptLanguage = z.infer<typeof receiptLanguageSchema>;

/** `display` is the queue number: never wrapped, narrowed rather than shrunk to fit the paper. */
export const textSizeSchema = z.enum(['small', 'normal', 'large', 'huge', 'display']);
export type TextSize = z.infer<typeof textSizeSchema>;

/** `start` is the right edge on a right-to-left receipt, the left edge otherwise. */
export const textAlignSchema = z.enum(['start', 'center', 'end']);
export type TextAlign = z.infer<typeof textAlignSchema>;

export const textBlockSchema = z
  .object({
    kind: z.literal('text'),
    text: z.string().max(2000),
    size: textSizeSchema.optional(),
    align: textAlignSchema.optional(),
    bold: z.boolean().optional(),
    /** A line in another language than the receipt's (the office's Arabic name on a French receipt): its script's font and direction. */
    language: receiptLanguageSchema.optional(),
  })
  .strict();

export const qrBlockSchema = z
  .object({
    kind: z.literal('qr'),
    data: z.string().min(1).max(1000),
    /** Printer dots per QR module; the renderer shrinks it only if the code would not fit. */
    moduleSize: z.number().int().min(2).max(16).optional(),
  })
  .strict();

export const ruleBlockSchema = z.object({ kind: z.literal('rule') }).strict();

export const spaceBlockSchema = z
  .object({ kind: z.literal('space'), dots: z.number().int().min(1).max(400).optional() })
  .strict();

/** A label and its value on one line: label at the start side, value at the end side. */
export const pairBlockSchema = z
  .object({
    kind: z.literal('pair'),
    label: z.string().max(200),
    value: z.string().max(200),
    size: textSizeSchema.optional(),
    bold: z.boolean().optional(),
  })
  .strict();

/** A Code 128 (set B) barcode, centred, with its quiet zones. */
export const barcodeBlockSchema = z
  .object({
    kind: z.literal('barcode'),
    data: z
      .string()
      .min(1)
      .max(40)
      .regex(/^[\x20-\x7e]+$/, 'a barcode holds printable ASCII only'),
    /** Bar height in dots (8 dots = 1 mm). */
    heightDots: z.number().int().min(16).max(400).optional(),
    /** Dots per narrowest bar; the renderer shrinks it only if the code would not fit. */
    moduleSize: z.number().int().min(1).max(8).optional(),
  })
  .strict();

/**
 * A density ramp for checking the print head: bands of 0, 25, 50, 75 and 100 % ink, each an
 * ordered-dither pattern since a thermal head burns a dot or not.
 */
export const rampBlockSchema = z
  .object({ kind: z.literal('ramp'), bandDots: z.number().int().min(8).max(200).optional() })
  .strict();

export const receiptBlockSchema = z.discriminatedUnion('kind', [
  textBlockSchema,
  qrBlockSchema,
  ruleBlockSchema,
  spaceBlockSchema,
  pairBlockSchema,
  barcodeBlockSchema,
  rampBlockSchema,
]);

export const receiptSchema = z
  .object({
    language: receiptLanguageSchema,
    direction: z.enum(['rtl', 'ltr']),
    blocks: z.array(receiptBlockSchema).max(200),
    /** Printed as a banner at the top, e.g. "DUPLICATA" on a staff reprint. */
    copyMark: z.string().max(60).optional(),
  })
  .strict();

export type TextBlock = z.infer<typeof textBlockSchema>;
export type QrBlock = z.infer<typeof qrBlockSchema>;
export type RuleBlock = z.infer<typeof ruleBlockSchema>;
export type SpaceBlock = z.infer<typeof spaceBlockSchema>;
export type PairBlock = z.infer<typeof pairBlockSchema>;
export type BarcodeBlock = z.infer<typeof barcodeBlockSchema>;
export type RampBlock = z.infer<typeof rampBlockSchema>;
export type ReceiptBlock = z.infer<typeof receiptBlockSchema>;
export type Receipt = z.infer<typeof receiptSchema>;

/** Font size in printer dots (203 dpi: 24 dots is about 3 mm, the usual receipt font). */
export const textSizeDots: Record<TextSize, number> = {
  small: 20,
  normal: 26,
  large: 34,
  huge: 52,
  // Noto Sans capitals and digits are 0.714 em tall: 184 px gives 131 dots (16 mm) of ink.
  display: 184,
};
