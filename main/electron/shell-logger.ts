// The slice of pino the shell uses, so policies can be tested with a recording fake.
export interface ShellLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}
