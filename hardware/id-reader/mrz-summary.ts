// What may be logged about a read: never names, numbers or dates.
import type { MrzFormat, MrzParseResult } from './mrz-types.js';

export interface MrzSummary {
  format: MrzFormat;
  ok: boolean;
  failedFields: string[];
}

export function summariseMrz(result: MrzParseResult): MrzSummary {
  return { format: result.format, ok: result.ok, failedFields: [...result.failedFields] };
}
