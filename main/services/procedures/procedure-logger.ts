// The slice of pino the procedures write to. Callers log references, outcomes, kinds and
// counts only: never names, document, card or phone numbers, MRZ text or card numbers.
export interface ProcedureLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}
