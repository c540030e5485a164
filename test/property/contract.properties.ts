// The contract between the kiosk page and main: every message crosses a zod schema. Whatever
// a page (or an attacker on the browser shell's socket) sends must come back as a parse
// result or an invalid-request answer, never as an exception, and never echoed into the logs.
import fc from 'fast-check';
import { z } from 'zod';
import { devDockChannels } from '../../main/contract/dev-dock-contract.js';
import { DEVICE_SIDES, positionsOf, type DeviceSide } from '../../main/contract/device-placement.js';
import { contractErrorSchema, eventChannels, requestChannels, requestResultSchema } from '../../main/contract/kiosk-contract.js';
import { clientMessageSchema } from '../../main/contract/wire-protocol.js';
import { createRequestHandler } from '../../main/electron/kiosk-ipc.js';
import { ChannelRouter, type ChannelMap } from '../../main/services/contract-router.js';
import { arbitraryFrom, type JsonSchemaNode } from './json-schema-arbitrary.js';
import type { PropertySpec } from './property-spec.js';

function fail(message: string): never {
  throw new Error(message);
}

interface NamedSchema {
  name: string;
  schema: z.ZodType;
}

function contractSchemas(): NamedSchema[] {
  const out: NamedSchema[] = [
    { name: 'wire clientMessage', schema: clientMessageSchema },
    { name: 'requestResult', schema: requestResultSchema },
    { name: 'contractError', schema: contractErrorSchema },
  ];
  for (const [map, channels] of [['kiosk', requestChannels], ['dev dock', devDockChannels]] as const) {
    for (const [channel, spec] of Object.entries(channels as ChannelMap)) {
      out.push({ name: `${map} ${channel} request`, schema: spec.request }, { name: `${map} ${channel} response`, schema: spec.response });
    }
  }
  for (const [channel, schema] of Object.entries(eventChannels)) out.push({ name: `event ${channel}`, schema });
  return out;
}

const SCHEMAS = contractSchemas();

/**
 * Constraints a JSON Schema cannot state, written out here so that a new one is a conscious
 * addition: the generated value is nudged to satisfy them before zod is asked.
 */
function satisfyRefinements(name: string, value: unknown): unknown {
  if (name.includes('tech.selfTest') && value && typeof value === 'object') {
    // touchResultSchema: no more targets hit than there are targets.
    const walk = (v: unknown): void => {
      if (!v || typeof v !== 'object') return;
      const o = v as Record<string, unknown>;
      if (typeof o.hits === 'number' && typeof o.targets === 'number' && o.hits > o.targets) o.hits = o.targets;
      Object.values(o).forEach(walk);
    };
    walk(value);
  }
  // devicePlaceSchema: a device's position is one of those along its side.
  const placeAlongItsSide = (v: unknown): void => {
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.side === 'string' && (DEVICE_SIDES as readonly string[]).includes(o.side) && typeof o.position === 'string') {
      const along = positionsOf(o.side as DeviceSide);
      if (!(along as readonly string[]).includes(o.position)) o.position = along[0];
    }
    Object.values(o).forEach(placeAlongItsSide);
  };
  placeAlongItsSide(value);
  return value;
}

/** The JSON Schema of what a sender may put on the wire (zod's input side). */
function wireSchemaOf(schema: z.ZodType): JsonSchemaNode {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode;
}

const GENERATORS = SCHEMAS.map(({ name, schema }) => {
  const node = wireSchemaOf(schema);
  return { name, schema, node, valid: arbitraryFrom(node).map((v) => satisfyRefinements(name, v)) };
});

/** Arbitrary JSON, plus objects shaped like the contract's with wrong values in them. */
const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.constantFrom('sessionId', 'language', 'type', 'id', 'channel', 'payload', 'ok', 'kind', 'token', '__proto__', 'constructor'), fc.jsonValue(), { maxKeys: 5 }),
  fc.constantFrom(undefined, null, Number.NaN, Infinity, -0, '', [], {}),
  // Objects that String() cannot turn into text: a structured clone from a page may carry them.
  fc.constantFrom({ toString: false }, { toString: null, valueOf: 1 }, { [Symbol.toPrimitive]: 1 }),
);

const MARKER = 'PERSONAL-4f1c';

export const CONTRACT_PROPERTIES: PropertySpec[] = [
  {
    parser: 'contract-schemas',
    name: `every contract schema (${SCHEMAS.length} request, response, event and wire schemas) turns arbitrary JSON into a parse result, never an exception`,
    runs: 6000,
    build: () =>
      fc.property(fc.constantFrom(...SCHEMAS), hostileJson, ({ schema }, value) => {
        const r = schema.safeParse(value);
        if (typeof r.success !== 'boolean') fail('no parse result');
        if (!r.success && r.error.issues.length === 0) fail('refused without an issue');
      }),
  },
  {
    parser: 'contract-schemas',
    name: 'every contract schema accepts every payload its JSON Schema describes, also after a JSON round trip',
    runs: 6000,
    build: () =>
      fc.property(fc.constantFrom(...GENERATORS).chain((g) => fc.tuple(fc.constant(g), g.valid)), ([g, value]) => {
        const r = g.schema.safeParse(value);
        if (!r.success) fail(`${g.name} refused ${JSON.stringify(value)}: ${JSON.stringify(r.error.issues)}`);
        if (!g.schema.safeParse(JSON.parse(JSON.stringify(value))).success) fail(`${g.name}: refused after a JSON round trip`);
      }),
  },
  {
    parser: 'contract-schemas',
    name: 'a valid object payload missing one of its required fields is refused, naming that field',
    runs: 4000,
    build: () =>
      fc.property(fc.constantFrom(...GENERATORS).chain((g) => fc.tuple(fc.constant(g), g.valid, fc.nat())), ([g, value, pick]) => {
        fc.pre(value !== null && typeof value === 'object' && !Array.isArray(value));
        const node = g.node;
        const required = (node.required ?? []).filter((k) => Object.hasOwn(value as object, k));
        fc.pre(required.length > 0);
        const key = required[pick % required.length]!;
        // A field whose schema takes anything (z.unknown) may be absent.
        fc.pre(Object.keys(node.properties?.[key] ?? {}).some((k) => k !== 'description'));
        const { [key]: _dropped, ...rest } = value as Record<string, unknown>;
        const r = g.schema.safeParse(rest);
        if (r.success) fail(`${g.name} accepted a payload without ${key}`);
        if (!r.error.issues.some((i) => i.path[0] === key || (i.path.length === 0 && JSON.stringify(i).includes(key)))) fail(`${g.name}: ${key} not named`);
      }),
  },
  {
    parser: 'contract-router',
    name: 'the router answers any channel and payload with a result: invalid ones never reach a handler, and no payload value reaches the log',
    runs: 3000,
    build: () => {
      const channel = fc.oneof(fc.constantFrom(...Object.keys(requestChannels)), fc.string({ maxLength: 70 }), fc.jsonValue());
      const marked = fc.jsonValue({ maxDepth: 2 }).map((v) => (typeof v === 'string' ? `${MARKER}${v}` : v));
      const payload = fc.oneof(hostileJson, fc.dictionary(fc.constantFrom('sessionId', 'language', 'cardNumber', 'birthDate', 'reference', 'number', 'code'), marked, { maxKeys: 4 }));
      return fc.asyncProperty(channel, payload, async (ch, body) => {
        const logged: string[] = [];
        const logger = { warn: (o: object) => logged.push(JSON.stringify(o)), error: (o: object) => logged.push(JSON.stringify(o)) };
        const router = new ChannelRouter(requestChannels, logger);
        const received: unknown[] = [];
        for (const c of Object.keys(requestChannels) as Array<keyof typeof requestChannels>) {
          router.handle(c, (p: unknown) => {
            received.push(p);
            // Answers nothing useful: only whether the handler was reached matters here.
            throw new Error('not served in this test');
          });
        }
        const result = await router.dispatch(ch, body);
        const spec = typeof ch === 'string' && Object.hasOwn(requestChannels, ch) ? requestChannels[ch as keyof typeof requestChannels] : undefined;
        const valid = spec !== undefined && spec.request.safeParse(body ?? {}).success;
        if (valid !== (received.length === 1)) fail(`handler reached: ${received.length}, payload valid: ${valid}`);
        if (!valid && (result.ok || result.error.code !== 'invalid-request')) fail(`answered ${JSON.stringify(result)}`);
        if (logged.some((line) => line.includes(MARKER))) fail(`payload logged: ${logged.join(' | ')}`);
      });
    },
  },
  {
    parser: 'contract-router',
    name: 'the Electron IPC handler answers any sender, frame and channel value with a result; only the kiosk top frame on borne://app reaches the router',
    runs: 3000,
    build: () => {
      const kiosk = { id: 'kiosk' };
      const sender = fc.constantFrom(kiosk, { id: 'other' }, null);
      const frame = fc.option(
        fc.record({ url: fc.oneof(fc.constantFrom('borne://app/index.html', 'borne://app.evil/', 'https://evil.example/', 'file:///tmp/x.html'), fc.webUrl()), parent: fc.constantFrom(null, {}) }),
        { nil: null },
      );
      return fc.asyncProperty(sender, frame, fc.oneof(hostileJson, fc.constantFrom(...Object.keys(requestChannels))), hostileJson, async (from, senderFrame, ch, body) => {
        const dispatched: unknown[] = [];
        const router = { dispatch: async (c: unknown) => (dispatched.push(c), { ok: true as const, value: null }) };
        const handler = createRequestHandler({ router, getKioskContents: () => kiosk, logger: { info: () => undefined, warn: () => undefined, error: () => undefined } });
        const result = await handler({ sender: from, senderFrame }, ch, body);
        const trusted = from === kiosk && senderFrame !== null && senderFrame.parent === null && senderFrame.url.startsWith('borne://app/');
        if (trusted !== (dispatched.length === 1)) fail(`trusted ${trusted}, dispatched ${dispatched.length}`);
        if (!trusted && (result.ok || result.error.code !== 'invalid-request')) fail(`answered ${JSON.stringify(result)}`);
      });
    },
  },
];
