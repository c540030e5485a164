// A configuration problem as the technician's screen words it: a code (tech-config.problems.<code>)
// and its values, beside the English reason the kiosk prints at start and the logs keep.
// Zod's own issue kinds map to general codes; the configuration's own rules (their English
// message) to a code of their own; anything else is "value refused", with the English as detail.
import type { z } from 'zod';

export interface ProblemCode {
  code: string;
  params?: Record<string, string | number>;
}

/** The configuration's own messages that a technician can meet in the hardware section. */
const OWN_RULES: ReadonlyArray<[RegExp, string]> = [
  [/^must be a standard baud rate/, 'baudRate'],
  [/^must be the serial number as listed/, 'serialNumber'],
  [/^must be tcp:\/\/host:port or a device path/, 'printerInterface'],
  [/^must be 0 \(no polling\) or at least 500 ms/, 'statusPoll'],
];

export function problemCodeOf(issue: z.core.$ZodIssue, reason: string): ProblemCode {
  switch (issue.code) {
    case 'unrecognized_keys':
      return { code: 'unknownSetting' };
    case 'invalid_type':
      return { code: issue.input === undefined ? 'required' : 'wrongType' };
    case 'invalid_value':
    case 'invalid_union':
      return { code: 'oneOf' };
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') return { code: 'tooShort' };
      return { code: 'tooSmall', params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string' || issue.origin === 'array') return { code: 'tooLong' };
      return { code: 'tooBig', params: { maximum: Number(issue.maximum) } };
    default: {
      const own = OWN_RULES.find(([pattern]) => pattern.test(reason));
      return { code: own ? own[1] : 'invalid' };
    }
  }
}
