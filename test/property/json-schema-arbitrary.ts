// Values that a JSON Schema accepts, generated from the schema alone. Used to check that what
// the published schemas promise (resources/config.schema.json, the contract's JSON Schemas)
// is what the zod schemas enforce. Covers the keywords zod's toJSONSchema emits; any other
// keyword throws, so that a schema this generator does not understand is noticed.
import fc from 'fast-check';

export interface JsonSchemaNode {
  $ref?: string;
  $defs?: Record<string, JsonSchemaNode>;
  type?: string | string[];
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  additionalProperties?: boolean | JsonSchemaNode;
  propertyNames?: JsonSchemaNode;
  items?: JsonSchemaNode;
  prefixItems?: JsonSchemaNode[];
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  allOf?: JsonSchemaNode[];
}

// Keywords that say nothing about which values are valid.
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default', 'examples', 'readOnly', 'writeOnly', 'deprecated', 'id']);
const UNDERSTOOD = new Set([
  '$ref', '$defs', 'type', 'properties', 'required', 'additionalProperties', 'propertyNames', 'items', 'prefixItems', 'minItems', 'maxItems', 'enum', 'const', 'pattern', 'format',
  'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'anyOf', 'oneOf', 'allOf',
]);

const MAX_DEPTH = 6;

const isoDate = fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2080, 11, 31)), noInvalidDate: true });

function formatted(format: string): fc.Arbitrary<string> {
  switch (format) {
    case 'date-time':
      return isoDate.map((d) => d.toISOString());
    case 'date':
      return isoDate.map((d) => d.toISOString().slice(0, 10));
    case 'uuid':
      return fc.uuid();
    case 'email':
      return fc.emailAddress();
    case 'uri':
      return fc.webUrl();
    default:
      throw new Error(`json-schema-arbitrary: format ${format} not supported`);
  }
}

function stringOf(node: JsonSchemaNode): fc.Arbitrary<string> {
  const min = node.minLength ?? 0;
  const max = node.maxLength;
  let base: fc.Arbitrary<string>;
  if (node.format !== undefined && node.format !== 'regex') base = formatted(node.format);
  else if (node.pattern !== undefined) {
    // ^[class]+$ with length bounds (tokens, ids): built to length, for stringMatching seldom
    // draws a string long enough and filtering for one would search forever.
    const charClass = /^\^(\[[^\]]+\])[+*]\$$/.exec(node.pattern)?.[1];
    base =
      charClass !== undefined && (node.minLength !== undefined || node.maxLength !== undefined)
        ? fc.string({ unit: fc.stringMatching(new RegExp(`^${charClass}$`, 'u')), minLength: min, maxLength: max ?? min + 20 })
        : fc.stringMatching(new RegExp(node.pattern, 'u'));
  }
  else base = fc.string({ minLength: min, maxLength: max ?? Math.max(min, 20), unit: 'grapheme' });
  return base.filter((s) => [...s].length >= min && (max === undefined || [...s].length <= max));
}

function numberOf(node: JsonSchemaNode, integer: boolean): fc.Arbitrary<number> {
  const min = node.minimum ?? (node.exclusiveMinimum !== undefined ? node.exclusiveMinimum : -1e9);
  const max = node.maximum ?? (node.exclusiveMaximum !== undefined ? node.exclusiveMaximum : 1e9);
  const inRange = (n: number): boolean =>
    (node.exclusiveMinimum === undefined || n > node.exclusiveMinimum) && (node.exclusiveMaximum === undefined || n < node.exclusiveMaximum);
  if (integer || node.multipleOf !== undefined) {
    const step = node.multipleOf ?? 1;
    const lo = Math.ceil(Math.max(min, Number.MIN_SAFE_INTEGER) / step);
    const hi = Math.floor(Math.min(max, Number.MAX_SAFE_INTEGER) / step);
    return fc.integer({ min: lo, max: hi }).map((k) => k * step).filter(inRange);
  }
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)).filter(inRange);
}

function objectOf(node: JsonSchemaNode, root: JsonSchemaNode, depth: number): fc.Arbitrary<unknown> {
  const props = node.properties ?? {};
  const required = new Set(node.required ?? []);
  const record = fc.record(
    Object.fromEntries(Object.entries(props).map(([k, v]) => [k, arbitraryFrom(v, root, depth + 1)])),
    { requiredKeys: Object.keys(props).filter((k) => required.has(k)) },
  );
  const extra = node.additionalProperties;
  if (extra === undefined || extra === false || Object.keys(props).length > 0) return record;
  // A map (z.record): keys the schema does not name, values of the additionalProperties schema.
  const values = extra === true ? fc.jsonValue() : arbitraryFrom(extra, root, depth + 1);
  const keys = node.propertyNames ? (arbitraryFrom(node.propertyNames, root, depth + 1) as fc.Arbitrary<string>) : fc.string({ minLength: 1, maxLength: 8 });
  return fc.dictionary(keys, values, { maxKeys: 4 });
}

function resolve(ref: string, root: JsonSchemaNode): JsonSchemaNode {
  if (ref === '#') return root;
  const name = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
  const target = name === undefined ? undefined : root.$defs?.[name];
  if (!target) throw new Error(`json-schema-arbitrary: cannot resolve ${ref}`);
  return target;
}

/** An arbitrary of values `node` accepts; `root` resolves $ref. */
export function arbitraryFrom(node: JsonSchemaNode, root: JsonSchemaNode = node, depth = 0): fc.Arbitrary<unknown> {
  for (const key of Object.keys(node)) {
    if (!UNDERSTOOD.has(key) && !ANNOTATIONS.has(key)) throw new Error(`json-schema-arbitrary: keyword ${key} not supported`);
  }
  if (node.$ref !== undefined) {
    // Recursive schemas: stop growing past a depth, where an empty array or object ends them.
    if (depth > MAX_DEPTH) throw new Error('json-schema-arbitrary: recursion too deep');
    return arbitraryFrom(resolve(node.$ref, root), root, depth + 1);
  }
  if (node.const !== undefined) return fc.constant(node.const);
  if (node.enum !== undefined) return fc.constantFrom(...node.enum);
  const variants = node.anyOf ?? node.oneOf;
  if (variants) return fc.oneof(...variants.map((v) => arbitraryFrom(v, root, depth + 1)));
  if (node.allOf) {
    if (node.allOf.length !== 1) throw new Error('json-schema-arbitrary: allOf of several schemas not supported');
    return arbitraryFrom(node.allOf[0]!, root, depth + 1);
  }
  const types = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
  if (types.length === 0) return fc.jsonValue({ maxDepth: 2 });
  return fc.oneof(
    ...types.map((type): fc.Arbitrary<unknown> => {
      switch (type) {
        case 'string':
          return stringOf(node);
        case 'integer':
          return numberOf(node, true);
        case 'number':
          return numberOf(node, false);
        case 'boolean':
          return fc.boolean();
        case 'null':
          return fc.constant(null);
        case 'array': {
          if (node.prefixItems) return fc.tuple(...node.prefixItems.map((p) => arbitraryFrom(p, root, depth + 1)));
          const items = node.items ? arbitraryFrom(node.items, root, depth + 1) : fc.jsonValue({ maxDepth: 1 });
          const maxLength = depth > MAX_DEPTH ? (node.minItems ?? 0) : Math.min(node.maxItems ?? 4, Math.max(node.minItems ?? 0, 4));
          return fc.array(items, { minLength: node.minItems ?? 0, maxLength });
        }
        case 'object':
          return objectOf(node, root, depth);
        default:
          throw new Error(`json-schema-arbitrary: type ${type} not supported`);
      }
    }),
  );
}
