// The shape of logger the office code writes to: pino's, or the router's. Callers pass only
// ids, counts, states and error kinds: bodies hold names, card and phone numbers.
export interface OfficeLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const silentOfficeLogger: OfficeLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
