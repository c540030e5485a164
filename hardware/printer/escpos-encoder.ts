// Receipt bitmap -> printer bytes. No I/O here: transport is a separate concern, so the exact
// bytes can be tested and replayed into the virtual printer.
//
// node-thermal-printer supplies the command set of each model (initialise, feed, partial cut)
// and assembles the buffer. We build the raster commands ourselves because its
// printImageBuffer wants a PNG per call (we already hold packed bits: re-encoding every band as
// a PNG only for the library to unpack it into one object per pixel is slow), is declared
// async although it does no I/O, and for Epson emits one unbanded GS v 0 for the whole image,
// which printers with small receive buffers mangle on long receipts.
import { ThermalPrinter, PrinterTypes } from 'node-thermal-printer';
import { bytesPerRow, type MonoImage } from './mono-bitmap.js';

export type PrinterModel = 'epson' | 'star';

export interface EncodeOptions {
  model: PrinterModel;
  /** Rows per raster command; Epson only (Star Line Mode bands are 24 rows by definition). */
  bandRows?: number;
}

export const DEFAULT_BAND_ROWS = 256;
const STAR_BAND_ROWS = 24;

/** A printer object with a transport that is never used: we only want its buffer. */
function bufferOnlyPrinter(model: PrinterModel): ThermalPrinter {
  const noTransport = {
    execute: async (): Promise<string> => 'not sent',
    isPrinterConnected: async (): Promise<boolean> => false,
    getPrinterName: (): string => 'buffer only',
  };
  return new ThermalPrinter({
    type: model === 'star' ? PrinterTypes.STAR : PrinterTypes.EPSON,
    // The typings only admit a string, but the library accepts a transport object (see
    // ENVIRONMENT.md); with it, nothing can ever be sent by accident.
    interface: noTransport as unknown as string,
  });
}

function sliceRows(img: MonoImage, fromRow: number, rows: number): Buffer {
  const stride = bytesPerRow(img.width);
  return Buffer.from(img.mono.buffer, img.mono.byteOffset + fromRow * stride, rows * stride);
}

/** GS v 0 m xL xH yL yH d1..dk, normal density, one command per band. */
export function epsonRasterBands(img: MonoImage, bandRows = DEFAULT_BAND_ROWS): Buffer[] {
  const stride = bytesPerRow(img.width);
  const rowsPerBand = Math.max(1, Math.min(bandRows, 0xffff));
  const out: Buffer[] = [];
  for (let y = 0; y < img.height; y += rowsPerBand) {
    const rows = Math.min(rowsPerBand, img.height - y);
    const header = Buffer.from([0x1d, 0x76, 0x30, 0x00, stride & 0xff, stride >> 8, rows & 0xff, rows >> 8]);
    out.push(Buffer.concat([header, sliceRows(img, y, rows)]));
  }
  return out;
}

/**
 * Star Line Mode has no GS v 0: it prints 24-row raster strips with ESC k n1 n2, each followed
 * by LF under a 24-dot line pitch (ESC 0), the same sequence node-thermal-printer sends.
 */
export function starRasterBands(img: MonoImage): Buffer[] {
  const stride = bytesPerRow(img.width);
  const out: Buffer[] = [Buffer.from([0x1b, 0x30])];
  for (let y = 0; y < img.height; y += STAR_BAND_ROWS) {
    const rows = Math.min(STAR_BAND_ROWS, img.height - y);
    const strip = Buffer.alloc(STAR_BAND_ROWS * stride);
    sliceRows(img, y, rows).copy(strip);
    out.push(Buffer.from([0x1b, 0x6b, stride & 0xff, stride >> 8]), strip, Buffer.from([0x0a]));
  }
  out.push(Buffer.from([0x1b, 0x7a, 0x01]));
  return out;
}

export function encodeReceipt(bitmap: MonoImage, options: EncodeOptions): Buffer {
  const printer = bufferOnlyPrinter(options.model);
  printer.add(Buffer.from([0x1b, 0x40]));
  const bands = options.model === 'star' ? starRasterBands(bitmap) : epsonRasterBands(bitmap, options.bandRows);
  printer.add(Buffer.concat(bands));
  // One feed so the last printed row clears the cutter blade, then cut; the library follows
  // the cut with ESC @, which leaves the printer in its default state for the next job.
  printer.partialCut({ verticalTabAmount: 1 });
  return printer.getBuffer();
}
