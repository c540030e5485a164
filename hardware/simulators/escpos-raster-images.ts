// Rebuilds printed images from raster bands: bands printed back to back with nothing in
// between form one picture on paper, so they are stitched into one image.
import jsQR from 'jsqr';
import { bytesPerRow, monoToPng, monoToRgba, type MonoImage } from '../printer/mono-bitmap.js';

export interface DecodedImage {
  width: number;
  height: number;
  png: Buffer;
  mono: Uint8Array;
}

export class RasterStitcher {
  private bands: MonoImage[] = [];
  readonly images: DecodedImage[] = [];

  add(band: MonoImage): void {
    const last = this.bands[this.bands.length - 1];
    if (last && last.width !== band.width) this.flush();
    this.bands.push(band);
  }

  /** Something else was printed (text, feed, cut): the current picture is finished. */
  flush(): void {
    if (this.bands.length === 0) return;
    const width = this.bands[0]?.width ?? 0;
    const height = this.bands.reduce((h, b) => h + b.height, 0);
    const mono = new Uint8Array(bytesPerRow(width) * height);
    let off = 0;
    for (const b of this.bands) {
      mono.set(b.mono, off);
      off += b.mono.length;
    }
    this.bands = [];
    if (width === 0 || height === 0) return;
    this.images.push({ width, height, mono, png: monoToPng({ width, height, mono }) });
  }
}

/** The QR code a phone would find on this image, if any. */
export function findQrInImage(img: MonoImage): string | undefined {
  if (img.width < 21 || img.height < 21) return undefined;
  try {
    const found = jsQR(monoToRgba(img), img.width, img.height, { inversionAttempts: 'dontInvert' });
    return found?.data;
  } catch {
    // jsQR is a test oracle here; a crash on odd input means "no code", never a failed decode.
    return undefined;
  }
}
