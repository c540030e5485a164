// Code 128, code set B (printable ASCII), as module widths: enough for the test page's barcode
// and for any short reference a receipt might carry. Each symbol is 6 alternating bar/space
// widths (11 modules); the stop symbol has a final 2-module bar (13 modules).

/** Bar/space widths of symbol values 0..106, in the order of the Code 128 table. */
const PATTERNS: readonly string[] = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212', '221213',
  '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221', '223211', '221132',
  '221231', '213212', '223112', '312131', '311222', '321122', '321221', '312212', '322112', '322211',
  '212123', '212321', '232121', '111323', '131123', '131321', '112313', '132113', '132311', '211313',
  '231113', '231311', '112133', '112331', '132131', '113123', '113321', '133121', '313121', '211331',
  '231131', '213113', '213311', '213131', '311123', '311321', '331121', '312113', '312311', '332111',
  '314111', '221411', '431111', '111224', '111422', '121124', '121421', '141122', '141221', '112214',
  '112412', '122114', '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111',
  '111242', '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311', '113141',
  '114131', '311141', '411131', '211412', '211214', '211232', '2331112',
];

export const START_B = 104;
export const STOP = 106;
export const CODE128_MAX_LENGTH = 60;

export class Code128Error extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Code128Error';
  }
}

/** Symbol values for `data` in set B: start, data, check symbol, stop. */
export function code128Values(data: string): number[] {
  if (data.length === 0) throw new Code128Error('a barcode needs at least one character');
  if (data.length > CODE128_MAX_LENGTH) throw new Code128Error(`a barcode holds at most ${CODE128_MAX_LENGTH} characters`);
  const values = [START_B];
  for (const ch of data) {
    const code = ch.charCodeAt(0);
    if (ch.length !== 1 || code < 32 || code > 126) {
      throw new Code128Error(`code set B holds printable ASCII only; cannot encode ${JSON.stringify(ch)}`);
    }
    values.push(code - 32);
  }
  values.push(code128CheckValue(values));
  values.push(STOP);
  return values;
}

/** Modulo 103 of the start value plus each data value times its position (1-based). */
export function code128CheckValue(startAndData: readonly number[]): number {
  let sum = startAndData[0] ?? 0;
  for (let i = 1; i < startAndData.length; i++) sum += (startAndData[i] ?? 0) * i;
  return sum % 103;
}

/** Alternating bar, space, bar... widths in modules, without quiet zones. */
export function code128Modules(data: string): number[] {
  const widths: number[] = [];
  for (const v of code128Values(data)) {
    const pattern = PATTERNS[v];
    if (pattern === undefined) throw new Code128Error(`no pattern for symbol ${v}`);
    for (const d of pattern) widths.push(Number(d));
  }
  return widths;
}

/** Total width in modules, quiet zones of 10 modules on each side included. */
export const CODE128_QUIET_MODULES = 10;
export function code128Width(data: string): number {
  return code128Modules(data).reduce((a, b) => a + b, 0) + 2 * CODE128_QUIET_MODULES;
}
