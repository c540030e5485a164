// The JSON Schema shipped in resources/ (for editors and for technicians' tools) and the
// README field table are both generated from the zod schema, so neither can drift.
import { z } from 'zod';
import { kioskConfigSchema } from './config-schema.js';

type JsonSchema = {
  type?: string | string[];
  description?: string;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
};

export function buildConfigJsonSchema(): object {
  const schema = z.toJSONSchema(kioskConfigSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://borne.casablanca.ma/schemas/kiosk-config.json', title: 'Borne kiosk configuration' };
}

export interface FieldDoc {
  field: string;
  type: string;
  required: boolean;
  defaultValue: string;
  description: string;
}

/** One row per leaf field, variants of a union written as `field (driver=x)`. */
export function describeConfigFields(): FieldDoc[] {
  const rows: FieldDoc[] = [];
  walk(buildConfigJsonSchema() as JsonSchema, '', true, rows, '');
  return rows;
}

function walk(node: JsonSchema, path: string, required: boolean, rows: FieldDoc[], variant: string): void {
  const variants = node.oneOf ?? node.anyOf;
  if (variants && !node.properties && variants.some((v) => v.properties)) {
    for (const v of variants) {
      const driver = v.properties?.driver?.const;
      walk({ ...v, description: v.description ?? node.description }, path, required, rows, driver ? ` (driver=${String(driver)})` : variant);
    }
    return;
  }
  if (node.properties) {
    for (const [key, child] of Object.entries(node.properties)) {
      if (key === '$schema') continue;
      walk(child, path ? `${path}.${key}` : key, (node.required ?? []).includes(key), rows, variant);
    }
    return;
  }
  if (node.type === 'array' && node.items?.properties) {
    rows.push({ field: `${path}${variant}`, type: 'array of object', required: required && node.default === undefined, defaultValue: shortDefault(node.default), description: node.description ?? '' });
    walk(node.items, `${path}[]`, true, rows, variant);
    return;
  }
  rows.push({
    field: `${path}${variant}`,
    type: typeOf(node),
    required: required && node.default === undefined,
    defaultValue: shortDefault(node.default),
    description: node.description ?? '',
  });
}

function shortDefault(value: unknown): string {
  if (value === undefined) return '';
  if (Array.isArray(value) && JSON.stringify(value).length > 60) return `${value.length} entries (see resources/config/default-config.json)`;
  return JSON.stringify(value);
}

function typeOf(node: JsonSchema): string {
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return node.enum.map((e) => JSON.stringify(e)).join(' \\| ');
  if (node.type === 'array') return `array of ${node.items ? typeOf(node.items) : 'any'}`;
  if (node.const === undefined && node.anyOf?.every((v) => v.const !== undefined)) return node.anyOf.map((v) => JSON.stringify(v.const)).join(' \\| ');
  const variants = node.anyOf ?? node.oneOf;
  if (variants) return variants.map(typeOf).join(' \\| ');
  return Array.isArray(node.type) ? node.type.join(' \\| ') : (node.type ?? 'any');
}

export function configFieldsMarkdown(): string {
  const lines = ['| field | type | required | default | meaning |', '|---|---|---|---|---|'];
  for (const f of describeConfigFields()) {
    lines.push(`| \`${f.field}\` | ${f.type} | ${f.required ? 'yes' : 'no'} | ${f.defaultValue ? `\`${f.defaultValue}\`` : ''} | ${f.description} |`);
  }
  return lines.join('\n');
}
