// `npx tsx main/build/write-receipt-pictures.ts` prints each kind of citizen receipt from
// sample data (main/build/receipt-samples.ts) to the virtual network printer, as the kiosk
// would, and saves what came out of it as docs/images/receipts/<kind>-<lang>-<width>.png.
// `--out <dir> --all` writes every kind in every language on both paper widths instead.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PNG } from 'pngjs';
import { silentLogger } from '../../hardware/devices/device-logger.js';
import { createReceiptPrinter } from '../../hardware/printer/create-receipt-printer.js';
import { bytesPerRow, type MonoImage } from '../../hardware/printer/mono-bitmap.js';
import type { Receipt } from '../../hardware/printer/receipt-model.js';
import { VirtualPrinter } from '../../hardware/simulators/virtual-printer.js';
import { LANGUAGES, type Language } from '../contract/kiosk-contract.js';
import { resourcesDir } from '../config/resource-paths.js';
import { createReceiptTranslator } from '../services/receipt-text.js';
import { SAMPLE_STATUS_URL, sampleReceipts, type SampleReceiptKind } from './receipt-samples.js';

/** The pictures in the docs: each kind once, Arabic and French in turn, on 80 mm paper. */
const DOC_PICTURES: ReadonlyArray<{ kind: SampleReceiptKind; language: Language }> = [
  { kind: 'ticket', language: 'ar' },
  { kind: 'legalisation-ticket', language: 'fr' },
  { kind: 'civil-status', language: 'fr' },
  { kind: 'report', language: 'ar' },
  { kind: 'tax-payment', language: 'fr' },
  { kind: 'payment-check', language: 'ar' },
];

/** What came out of the virtual printer for a receipt on 58 or 80 mm paper. */
export async function printOnVirtualPrinter(receipts: Receipt[], paperWidthMm: 58 | 80): Promise<MonoImage[]> {
  const vp = new VirtualPrinter({ port: 0 });
  const port = await vp.start();
  const printer = createReceiptPrinter(
    { driver: 'escpos', interface: `tcp://127.0.0.1:${port}`, paperWidthMm, model: 'epson', baudRate: 9600, timeoutMs: 5000, statusPollMs: 0 },
    silentLogger,
  );
  await printer.open();
  try {
    const images: MonoImage[] = [];
    for (const receipt of receipts) {
      const result = await printer.print(receipt);
      if (!result.ok) throw new Error(`the virtual printer did not print: ${result.reason}`);
      const job = await vp.waitForJob(5000);
      const image = job.decoded.images[0];
      if (!image || job.decoded.images.length !== 1) throw new Error(`expected one image per receipt, got ${job.decoded.images.length}`);
      images.push(image);
    }
    return images;
  } finally {
    await printer.close();
    await vp.stop();
  }
}

/** An 8-bit grey PNG: a quarter of the RGBA one, for pictures kept in the repository. */
function greyPng(img: MonoImage): Buffer {
  const stride = bytesPerRow(img.width);
  const data = Buffer.alloc(img.width * img.height * 4);
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const ink = ((img.mono[y * stride + (x >> 3)] ?? 0) & (0x80 >> (x & 7))) !== 0;
      const o = (y * img.width + x) * 4;
      data[o] = data[o + 1] = data[o + 2] = ink ? 0 : 255;
      data[o + 3] = 255;
    }
  }
  const png = new PNG({ width: img.width, height: img.height, colorType: 0, inputColorType: 6, bitDepth: 8 });
  png.data = data;
  return PNG.sync.write(png, { colorType: 0, inputColorType: 6, bitDepth: 8, deflateLevel: 9 });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, all: { type: 'boolean', default: false } } });
  const out = values.out ?? join(resourcesDir(), '..', 'docs', 'images', 'receipts');
  mkdirSync(out, { recursive: true });
  const translate = await createReceiptTranslator();
  const wanted = values.all
    ? LANGUAGES.flatMap((language) => (['ticket', 'legalisation-ticket', 'civil-status', 'report', 'tax-payment', 'payment-check'] as const).map((kind) => ({ kind, language })))
    : DOC_PICTURES;
  for (const width of values.all ? ([58, 80] as const) : ([80] as const)) {
    const receipts = wanted.map(({ kind, language }) => {
      const sample = sampleReceipts(translate, { language, publicStatusUrl: SAMPLE_STATUS_URL }).find((s) => s.kind === kind);
      if (!sample) throw new Error(`no sample ${kind}`);
      return sample.receipt;
    });
    const images = await printOnVirtualPrinter(receipts, width);
    images.forEach((image, i) => {
      const { kind, language } = wanted[i] ?? DOC_PICTURES[0]!;
      const file = join(out, `${kind}-${language}-${width}mm.png`);
      const png = greyPng(image);
      writeFileSync(file, png);
      console.log(`${file}  ${image.width}x${image.height}  ${Math.round(png.length / 1024)} KB`);
    });
  }
}

if (process.argv[1]?.endsWith('write-receipt-pictures.ts')) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
