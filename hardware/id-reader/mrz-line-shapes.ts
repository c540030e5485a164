// What each MRZ line looks like, loosely enough to survive one misread character: used to
// tell a new document's first line from the next line of the one being assembled.

/** Line lengths that make up a document, and how many lines each needs. */
export const MRZ_LINE_COUNTS: ReadonlyMap<number, number> = new Map([
  [30, 3],
  [36, 2],
  [44, 2],
]);

const MRZ_CHAR = /[A-Z0-9<]/;

/** How many characters of `line` belong to the MRZ alphabet. */
export function mrzCharCount(line: string): number {
  let n = 0;
  for (const ch of line) if (MRZ_CHAR.test(ch)) n++;
  return n;
}

/** Document code (A, C, I, P, V + letter or filler) then a three-letter state. */
export function fitsFirstLine(line: string): boolean {
  return /^[ACIPV][A-Z<][A-Z<]{3}/.test(line);
}

/** The line holding dates and sex: TD1 line 2, TD2/TD3/FR-ID line 2. */
export function fitsDataLine(line: string): boolean {
  switch (line.length) {
    case 30:
      return /^[0-9<]{7}[MFX<][0-9<]{7}/.test(line);
    case 36:
      return /^.{13}[0-9<]{7}[MFX<][0-9<]{7}/.test(line) || /^.{27}[0-9<]{7}[MFX<]/.test(line);
    case 44:
      return /^.{13}[0-9<]{7}[MFX<][0-9<]{7}/.test(line);
    default:
      return false;
  }
}

/** TD1 line 3 holds names only: no digits. */
export function fitsNamesLine(line: string): boolean {
  return /^[A-Z<]+$/.test(line);
}

/** Whether `line` can be line `index` (0-based) of a document of its length. */
export function fitsRole(line: string, index: number): boolean {
  if (index === 0) return fitsFirstLine(line);
  if (index === 1) return fitsDataLine(line);
  return fitsNamesLine(line);
}
