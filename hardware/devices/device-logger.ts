// The slice of pino that drivers use, so hardware/ does not depend on a logging library and
// tests can pass a recording fake. Never put personal data (MRZ, names, numbers) in `obj`.
export interface DeviceLogger {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const silentLogger: DeviceLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
