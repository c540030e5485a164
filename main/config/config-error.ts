// A configuration problem told as "field: reason" lines, so that whoever edits the file on
// site sees what to change rather than a stack trace.
export interface ConfigProblem {
  field: string;
  reason: string;
  /** For the technician's screen: tech-config.problems.<code>, with its values. */
  code?: string;
  params?: Record<string, string | number>;
}

export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: ConfigProblem[],
  ) {
    super(
      `Invalid kiosk configuration (${source}):\n` + problems.map((p) => `  - ${p.field}: ${p.reason}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}
