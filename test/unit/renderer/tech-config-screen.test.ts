// Server-side renders of the technician's configuration screen: a form drawn from the real
// configuration schema, a refused value shown under its own field, the devices reopened.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { buildConfigJsonSchema } from '../../../main/config/config-json-schema.js';
import type { ConfigApplyResult, ConfigView as ConfigViewData, Language } from '../../../main/contract/kiosk-contract.js';
import { createKioskI18n } from '../../../renderer/i18n/kiosk-i18n.js';
import { deviceSpecs, switchDriver, valueFromTyped } from '../../../renderer/tech/config-schema-fields.js';
import { ConfigView, type ConfigViewProps } from '../../../renderer/tech/config-screen.js';

const hardwareSchema = (buildConfigJsonSchema() as { properties: { hardware: Record<string, unknown> } }).properties.hardware;
const hardware = {
  idReader: { driver: 'serial', path: '/dev/ttyUSB0', baudRate: 9600, interLineTimeoutMs: 400 },
  barcodeScanner: { driver: 'mock' },
  printer: { driver: 'mock', paperWidthMm: 80 },
  paymentTerminal: { driver: 'mock' },
  badgeReader: { driver: 'mock' },
};
const VIEW: ConfigViewData = {
  config: { office: { name: 'Hay Mohammadi' }, staff: { accounts: [{ id: 't', pinHash: '••••••' }] }, hardware },
  file: '/etc/borne/kiosk.json',
  saveTo: '/etc/borne/kiosk.json',
  persists: true,
  hardwareSchema,
};
const noop = () => {};
const render = (language: Language, over: Partial<ConfigViewProps>) =>
  renderToStaticMarkup(
    createElement(I18nextProvider, { i18n: createKioskI18n(language) }, createElement(ConfigView, { view: VIEW, error: null, draft: hardware, apply: { kind: 'idle' }, onDraft: noop, onApply: noop, onReset: noop, onRefresh: noop, ...over })),
  );
const done = (result: ConfigApplyResult): ConfigViewProps['apply'] => ({ kind: 'done', result });

describe('configuration form from the schema', () => {
  it('offers each device its drivers and the settings of the chosen one', () => {
    const specs = deviceSpecs(hardwareSchema);
    expect(specs.map((s) => s.section)).toEqual(['idReader', 'barcodeScanner', 'printer', 'paymentTerminal', 'badgeReader']);
    expect(specs.find((s) => s.section === 'badgeReader')?.drivers.map((d) => d.driver)).toEqual(['serial', 'mock', 'none']);
    const serial = specs[0]!.drivers.find((d) => d.driver === 'serial')!;
    expect(serial.fields.find((f) => f.name === 'path')).toMatchObject({ input: { kind: 'text', path: true }, required: true });
    const escpos = specs.find((s) => s.section === 'printer')!.drivers.find((d) => d.driver === 'escpos')!;
    expect(escpos.fields.find((f) => f.name === 'paperWidthMm')?.input).toEqual({ kind: 'choice', options: [58, 80] });
  });

  it('sends digits as numbers and anything else as typed, for main to judge', () => {
    expect(valueFromTyped({ kind: 'number' }, '19200')).toBe(19200);
    expect(valueFromTyped({ kind: 'number' }, '96oo')).toBe('96oo');
    expect(switchDriver({ driver: 'mock' }, hardware.idReader, 'serial')).toEqual(hardware.idReader);
    expect(switchDriver(hardware.idReader, hardware.idReader, 'mock')).toEqual({ driver: 'mock' });
  });
});

describe('configuration screen', () => {
  it('shows the file in use, its path left to right, and the ID reader path to edit', () => {
    const html = render('ar', {});
    expect(html).toContain('<bdi dir="ltr" data-testid="config-file">/etc/borne/kiosk.json</bdi>');
    expect(html).toMatch(/data-testid="config-idReader-path-input"[^>]*value="\/dev\/ttyUSB0"/);
    expect(html).toContain('data-testid="config-driver-idReader-mock"');
    expect(html).toContain('data-testid="config-section-printer"');
  });

  it('puts a refused value’s reason under its own field', () => {
    const html = render('fr', {
      apply: done({ kind: 'refused', problems: [{ field: 'hardware.idReader.baudRate', reason: 'must be a standard baud rate (1200 ... 115200)' }] }),
    });
    expect(html).toContain('Non appliqué');
    const field = html.slice(html.indexOf('data-field="hardware.idReader.baudRate"'));
    expect(field.slice(0, field.indexOf('config-idReader-interLineTimeoutMs'))).toContain('must be a standard baud rate');
  });

  it('says plainly that a kiosk without a printer is refused', () => {
    const html = render('fr', { apply: done({ kind: 'refused', problems: [{ field: 'hardware.printer', reason: 'is required (object)' }] }) });
    expect(html).toContain('Sans imprimante');
  });

  it('lists each reopened device with its new state, and what waits for the next start', () => {
    const html = render('fr', {
      apply: done({
        kind: 'applied',
        saved: true,
        nextStart: ['hardware.badgeReader'],
        devices: [
          { id: 'id-reader', kind: 'id-reader', outcome: 'reopened', state: 'ready' },
          { id: 'printer', kind: 'printer', outcome: 'unchanged', state: 'ready' },
        ],
      }),
    });
    expect(html).toContain('Appliqué sans redémarrer');
    expect(html).toMatch(/data-device="id-reader" data-outcome="reopened" data-state="ready"/);
    expect(html).not.toContain('data-device="printer"');
    expect(html).toContain('pris en compte au prochain démarrage : Badges du personnel');
  });
});
