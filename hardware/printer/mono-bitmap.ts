// One-bit images in the order ESC/POS raster commands expect: rows top to bottom, each row
// ceil(width / 8) bytes, most significant bit = leftmost dot, 1 = black (burnt) dot.
import { PNG } from 'pngjs';

export interface MonoImage {
  width: number;
  height: number;
  mono: Uint8Array;
}

export function bytesPerRow(width: number): number {
  return Math.ceil(width / 8);
}

/** Below this luminance a pixel is printed; a bit above mid-grey keeps anti-aliased strokes whole. */
export const INK_THRESHOLD = 160;

export function rgbaToMono(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Uint8Array {
  const stride = bytesPerRow(width);
  const mono = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const alpha = rgba[i + 3] ?? 0;
      // Transparent pixels are paper, whatever their colour channels say.
      if (alpha < 128) continue;
      const lum = 0.2126 * (rgba[i] ?? 255) + 0.7152 * (rgba[i + 1] ?? 255) + 0.0722 * (rgba[i + 2] ?? 255);
      if (lum < INK_THRESHOLD) {
        const j = y * stride + (x >> 3);
        mono[j] = (mono[j] ?? 0) | (0x80 >> (x & 7));
      }
    }
  }
  return mono;
}

export function monoToRgba(img: MonoImage): Uint8ClampedArray {
  const { width, height, mono } = img;
  const stride = bytesPerRow(width);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const black = ((mono[y * stride + (x >> 3)] ?? 0) & (0x80 >> (x & 7))) !== 0;
      const i = (y * width + x) * 4;
      const v = black ? 0 : 255;
      rgba[i] = v;
      rgba[i + 1] = v;
      rgba[i + 2] = v;
      rgba[i + 3] = 255;
    }
  }
  return rgba;
}

export function monoToPng(img: MonoImage): Buffer {
  const png = new PNG({ width: img.width, height: img.height });
  png.data = Buffer.from(monoToRgba(img).buffer);
  return PNG.sync.write(png);
}

export function isInk(img: MonoImage, x: number, y: number): boolean {
  if (x < 0 || y < 0 || x >= img.width || y >= img.height) return false;
  return ((img.mono[y * bytesPerRow(img.width) + (x >> 3)] ?? 0) & (0x80 >> (x & 7))) !== 0;
}

/** Number of black dots, optionally inside the columns [fromX, toX). */
export function countInk(img: MonoImage, fromX = 0, toX = img.width): number {
  let n = 0;
  for (let y = 0; y < img.height; y++) {
    for (let x = fromX; x < toX; x++) if (isInk(img, x, y)) n++;
  }
  return n;
}
