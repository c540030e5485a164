// Devtools are a way out of the kiosk: they open only behind an explicit flag, never by
// default, not even in an unpackaged build.

export interface DevToolsFlagInput {
  env: Readonly<Record<string, string | undefined>>;
  argv: readonly string[];
}

export function devToolsRequested(input: DevToolsFlagInput): boolean {
  return input.env['BORNE_DEVTOOLS'] === '1' || input.argv.includes('--devtools');
}
