// The technician's configuration form is drawn from the JSON Schema main sends (generated from
// the very schema that checks the file), so a new driver or setting appears without a screen
// change. Only what a finger can set is drawn: texts, numbers and fixed choices; nested
// objects (a USB identity) are kept as they are in the file.

type Node = {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: Node[];
  oneOf?: Node[];
  default?: unknown;
  properties?: Record<string, Node>;
  required?: string[];
};

export type FieldInput =
  | { kind: 'text'; path: boolean }
  | { kind: 'number' }
  | { kind: 'choice'; options: Array<string | number> };

export interface ConfigFieldSpec {
  name: string;
  input: FieldInput;
  required: boolean;
  defaultValue: unknown;
}

export interface DriverSpec {
  driver: string;
  fields: ConfigFieldSpec[];
}

export interface DeviceSpec {
  /** Key under `hardware` (idReader, printer...). */
  section: string;
  drivers: DriverSpec[];
}

export function deviceSpecs(hardwareSchema: Record<string, unknown>): DeviceSpec[] {
  const root = hardwareSchema as Node;
  return Object.entries(root.properties ?? {}).map(([section, node]) => ({ section, drivers: driversOf(node) }));
}

function driversOf(node: Node): DriverSpec[] {
  const variants = node.oneOf ?? node.anyOf ?? [node];
  return variants.flatMap((v): DriverSpec[] => {
    const driver = v.properties?.['driver']?.const;
    if (typeof driver !== 'string') return [];
    const fields = Object.entries(v.properties ?? {}).flatMap(([name, f]): ConfigFieldSpec[] => {
      if (name === 'driver') return [];
      const input = inputOf(name, f);
      return input ? [{ name, input, required: (v.required ?? []).includes(name), defaultValue: f.default }] : [];
    });
    return [{ driver, fields }];
  });
}

function inputOf(name: string, f: Node): FieldInput | null {
  const consts = (f.anyOf ?? f.oneOf)?.map((o) => o.const);
  if (consts && consts.every((c) => typeof c === 'string' || typeof c === 'number')) return { kind: 'choice', options: consts as Array<string | number> };
  if (f.enum && f.enum.every((c) => typeof c === 'string' || typeof c === 'number')) return { kind: 'choice', options: f.enum as Array<string | number> };
  if (f.type === 'integer' || f.type === 'number') return { kind: 'number' };
  if (f.type === 'string') return { kind: 'text', path: /path|interface/i.test(name) };
  return null;
}

/** The value to send for what was typed: digits become a number, anything else goes as typed so main names the problem. */
export function valueFromTyped(input: FieldInput, typed: string): unknown {
  if (input.kind === 'number' && /^-?\d+(\.\d+)?$/.test(typed.trim())) return Number(typed.trim());
  return typed;
}

/** A device's settings after choosing `driver`: what the file had for it, else only the driver (defaults fill the rest). */
export function switchDriver(current: Record<string, unknown>, saved: Record<string, unknown>, driver: string): Record<string, unknown> {
  if (current['driver'] === driver) return current;
  return saved['driver'] === driver ? { ...saved } : { driver };
}
