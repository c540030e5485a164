// A refused configuration value reaches the technician's screen as a code the screen words in
// its language; the English reason stays for the logs and the technical detail.
import { describe, expect, it } from 'vitest';
import { describeIssues } from '../../../main/config/load-config.js';
import { hardwareConfigSchema } from '../../../hardware/hardware-config.js';

const OTHERS = { barcodeScanner: { driver: 'mock' }, printer: { driver: 'mock', paperWidthMm: 80 } };
const problemsOf = (hardware: object) => {
  const parsed = hardwareConfigSchema.safeParse({ ...OTHERS, ...hardware });
  if (parsed.success) throw new Error('expected a refusal');
  return describeIssues(parsed.error.issues).map(({ field, code, params }) => ({ field, code, params }));
};

describe('configuration problem codes', () => {
  it('names the configuration’s own rules and zod’s kinds of problem', () => {
    expect(problemsOf({ idReader: { driver: 'serial', path: '/dev/ttyUSB0', baudRate: 1234 } })).toEqual([
      { field: 'idReader.baudRate', code: 'baudRate', params: undefined },
    ]);
    expect(problemsOf({ idReader: { driver: 'serial', path: '/dev/ttyUSB0', colour: 'red' } })).toEqual([
      { field: 'idReader.colour', code: 'unknownSetting', params: undefined },
    ]);
    expect(problemsOf({ idReader: { driver: 'serial', baudRate: 9600 } })).toEqual([{ field: 'idReader.path', code: 'required', params: undefined }]);
  });

  it('keeps the English reason beside the code', () => {
    const parsed = hardwareConfigSchema.safeParse({ ...OTHERS, idReader: { driver: 'serial', path: '/dev/ttyUSB0', baudRate: 1234 } });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(describeIssues(parsed.error.issues)[0]?.reason).toBe('must be a standard baud rate (1200 ... 115200)');
  });
});
