// Server-side renders of the technician screens, from a fake KioskApi's answers: what a
// technician reads in French and Arabic, and the test ids the end-to-end tests rely on.
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { KioskRequestError, type DeviceDiagnostics, type KioskApi, type Language, type NetworkResult, type SerialPortsResult, type SoftwareResult } from '../../../main/contract/kiosk-contract.js';
import { createKioskI18n } from '../../../renderer/i18n/kiosk-i18n.js';
import { AttractScreen } from '../../../renderer/kiosk/screens/attract-screen.js';
import { PinScreen } from '../../../renderer/staff/pin-screen.js';
import { StaffClient } from '../../../renderer/staff/staff-client.js';
import { StaffHome } from '../../../renderer/staff/staff-home.js';
import { StaffNoticeBanner } from '../../../renderer/staff/staff-notice.js';
import { DevicesView } from '../../../renderer/tech/devices-screen.js';
import { NetworkView } from '../../../renderer/tech/network-screen.js';
import { PortsView } from '../../../renderer/tech/ports-screen.js';
import { SoftwareView } from '../../../renderer/tech/software-screen.js';

const render = (language: Language, element: ReactElement) =>
  renderToStaticMarkup(createElement(I18nextProvider, { i18n: createKioskI18n(language) }, element));
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const api: KioskApi = { request: () => Promise.reject(new Error('not called while rendering')), on: () => () => undefined };
const noop = () => {};

const PRINTER: DeviceDiagnostics = {
  id: 'printer', kind: 'printer', driver: 'escpos-serial', address: '/dev/ttyUSB0', state: 'fault', detail: 'paper out',
  lastEventAt: '2026-11-26T09:05:07Z', counters: { reads: 0, prints: 12, errors: 3 },
  lastError: { at: '2026-11-26T09:04:00Z', message: 'no answer to DLE EOT' },
};
const READER: DeviceDiagnostics = {
  id: 'id-reader', kind: 'id-reader', driver: 'mrz-serial', address: 'simulated', state: 'ready',
  lastEventAt: null, counters: { reads: 4, prints: 0, errors: 0 }, lastError: null,
};

describe('devices', () => {
  it('shows each device with its state in words, address, counters and last error on the office clock', () => {
    const html = render('fr', createElement(DevicesView, { devices: [READER, PRINTER], error: null, staleError: null, timeZone: 'Africa/Casablanca', onRefresh: noop }));
    expect(html).toContain('data-testid="tech-devices"');
    expect(html).toContain('data-testid="tech-refresh"');
    expect(html).toMatch(/data-testid="tech-device" data-device="printer" data-state="fault"/);
    expect(html).toMatch(/data-testid="tech-count-prints" data-value="12"/);
    expect(html).toMatch(/data-testid="tech-count-errors" data-value="3"/);
    expect(html).toContain('<bdi dir="ltr">/dev/ttyUSB0</bdi>');
    const words = text(html);
    expect(words).toContain('Imprimante de reçus');
    expect(words).toContain('En panne');
    expect(words).toContain('paper out');
    expect(words).toContain('Dernière erreur à 10:04:00');
    // The driver's English message is the labelled technical detail, marked English and left to right.
    expect(words).toContain('Détail technique (en anglais) : no answer to DLE EOT');
    expect(html).toContain('lang="en" dir="ltr">no answer to DLE EOT</span>');
    expect(words).toContain('10:05:07');
    expect(words).toContain('rien depuis le démarrage');
    expect(words).toContain('Aucune erreur depuis le démarrage');
    // The broken printer comes before the working reader.
    expect(html.indexOf('data-device="printer"')).toBeLessThan(html.indexOf('data-device="id-reader"'));
  });

  it('reads in Arabic with the address and numbers kept left to right', () => {
    const words = text(render('ar', createElement(DevicesView, { devices: [PRINTER], error: null, staleError: null, timeZone: 'Africa/Casablanca', onRefresh: noop })));
    expect(words).toContain('طابعة الوصولات');
    expect(words).toContain('معطل');
    expect(words).toContain('آخر خطأ على الساعة 10:04:00');
  });

  it('says why the view could not be loaded', () => {
    const html = render('en', createElement(DevicesView, { devices: null, error: new KioskRequestError('forbidden', 'no'), staleError: null, timeZone: 'UTC', onRefresh: noop }));
    expect(html).toContain('data-testid="tech-error"');
    expect(html).not.toContain('data-testid="tech-device"');
  });
});

describe('serial ports', () => {
  const result: SerialPortsResult = {
    ports: [{ path: '/dev/ttyUSB0', manufacturer: 'FTDI', vendorId: '0403', productId: '6001', serialNumber: 'A50285BI', usedBy: 'printer' }],
    configured: [
      { deviceId: 'printer', path: '/dev/ttyUSB0', listed: true, present: true },
      { deviceId: 'id-reader', path: '/dev/ttyACM9', listed: false, present: false },
    ],
    problem: 'udevadm is missing',
  };

  it('lists the ports, the configured devices and the problem', () => {
    const html = render('fr', createElement(PortsView, { result, error: null, onRefresh: noop }));
    expect(html).toContain('data-testid="tech-ports"');
    expect(html).toMatch(/data-testid="tech-configured-port" data-device="id-reader" data-present="false" data-listed="false"/);
    expect(html).toMatch(/data-testid="tech-configured-port" data-device="printer" data-present="true" data-listed="true"/);
    expect(html).toContain('data-testid="tech-ports-problem"');
    const words = text(html);
    expect(words).toContain('0403:6001');
    expect(words).toContain('A50285BI');
    expect(words).toContain('Présent : non');
    expect(words).toContain('Impossible de lire la liste des ports du système. Détail technique (en anglais) : udevadm is missing');
  });
});

describe('network', () => {
  const down: NetworkResult = {
    office: { url: 'http://127.0.0.1:8787', embedded: false, reachable: false, latencyMs: null, problem: 'connection refused', checkedAt: '2026-11-26T09:00:00Z' },
    outbox: { depth: 3, oldestAgeSeconds: 125 },
  };

  it('says in words that the office does not answer, and how long the outbox has waited', () => {
    const html = render('fr', createElement(NetworkView, { result: down, error: null, timeZone: 'UTC', onCheck: noop }));
    expect(html).toContain('data-testid="tech-network-check"');
    expect(html).toMatch(/data-testid="tech-office-state" data-reachable="false"/);
    expect(html).toMatch(/data-testid="tech-outbox-depth" data-value="3"/);
    const words = text(html);
    expect(words).toContain('Non, il ne répond pas');
    expect(words).toContain('pas de réponse');
    expect(words).toContain('Détail technique (en anglais) : connection refused');
    expect(words).toContain('Le plus ancien attend depuis 2 minutes');
  });

  it('gives the latency of a reachable embedded server, in Arabic plurals', () => {
    const up: NetworkResult = { office: { ...down.office, embedded: true, reachable: true, latencyMs: 12.4, problem: undefined }, outbox: { depth: 2, oldestAgeSeconds: 2 } };
    delete up.office.problem;
    const html = render('ar', createElement(NetworkView, { result: up, error: null, timeZone: 'UTC', onCheck: noop }));
    expect(html).toMatch(/data-testid="tech-office-latency" data-value="12.4"/);
    const words = text(html);
    expect(words).toContain('12 ملي ثانية');
    expect(words).toContain('نعم، يجيب');
    expect(words).toContain('مدمج');
    expect(words).toContain('منذ ثانيتين');
  });
});

describe('software', () => {
  const browser: SoftwareResult = {
    kiosk: '0.5.0', electron: null, chromium: null, node: 'v22.11.0', platform: 'linux x64', configFile: null, host: 'browser-shell', startedAt: '2026-11-26T08:00:00Z',
  };

  it('names the browser shell, takes Chromium from the page, and says the default configuration is in use', () => {
    const html = render('en', createElement(SoftwareView, { result: browser, error: null, timeZone: 'Africa/Casablanca', userAgent: 'Mozilla/5.0 HeadlessChrome/131.0.6778.33 Safari/537.36', onRefresh: noop }));
    expect(html).toContain('data-testid="tech-software"');
    const words = text(html);
    expect(words).toContain('not in Electron: browser shell');
    expect(words).toContain('131.0.6778.33');
    expect(words).toContain('embedded default');
    expect(words).toContain('Started at 26 November 2026 at 09:00');
  });

  it("prefers main's versions in Electron", () => {
    const html = render('fr', createElement(SoftwareView, { result: { ...browser, electron: '33.2.0', chromium: '130.0.6723.137', configFile: '/etc/borne/config.json', host: 'electron' }, error: null, timeZone: 'UTC', userAgent: 'Chrome/99.9.9', onRefresh: noop }));
    expect(html).toContain('<bdi dir="ltr">130.0.6723.137</bdi>');
    expect(html).toContain('<bdi dir="ltr">/etc/borne/config.json</bdi>');
    expect(html).not.toContain('99.9.9');
  });
});

describe('entry and tabs', () => {
  const home = (role: 'staff' | 'technician') =>
    render('fr', createElement(StaffHome, {
      client: new StaffClient(api, 'token_0123456789abcdef', noop), timeZone: 'UTC',
      session: { staffToken: 'token_0123456789abcdef', displayName: 'Youssef Alami', role, idleSeconds: 120 },
      printer: { paperNearEnd: false, problem: null }, language: 'fr', languages: ['ar', 'fr'], onLanguage: noop, onSignOut: noop,
    }));

  it('gives a technician the diagnostics tabs besides the staff ones, opening on the devices', () => {
    const html = home('technician');
    for (const id of ['staff-tab-journal', 'staff-tab-audit', 'tech-tab-devices', 'tech-tab-ports', 'tech-tab-network', 'tech-tab-software', 'tech-devices']) {
      expect(html, id).toContain(`data-testid="${id}"`);
    }
    expect(text(html)).toContain('Diagnostic');
  });

  it('gives staff no diagnostics tab', () => {
    expect(home('staff')).not.toContain('tech-tab-');
  });

  it('titles the gesture PIN keypad for the technician', () => {
    const html = render('ar', createElement(PinScreen, { api, attemptId: 'attempt_0123456789abcdef', displayName: '', timeZone: 'UTC', onSignedIn: noop, onClose: noop, gesture: true }));
    expect(html).toContain('data-testid="staff-pin-screen"');
    expect(html).toContain('data-testid="tech-pin-title"');
    expect(text(html)).toContain('الرمز السري للتقني');
  });

  it('tells a locked gesture apart from a locked badge', () => {
    const html = render('fr', createElement(StaffNoticeBanner, { notice: { kind: 'locked', until: '2026-11-26T09:15:00Z', gesture: true }, timeZone: 'Africa/Casablanca' }));
    expect(html).toContain('data-testid="staff-badge-message" data-kind="locked"');
    expect(text(html)).toContain('Accès technicien bloqué jusqu’à 10:15');
  });

  it('puts an invisible gesture zone on the attract screen only when a handler is given', () => {
    const attract = (onCornerGesture?: () => void) =>
      render('ar', createElement(AttractScreen, { officeName: 'Bureau', language: 'ar', languages: ['ar', 'fr'], starting: false, onStart: noop, ...(onCornerGesture ? { onCornerGesture } : {}) }));
    expect(attract(noop)).toMatch(/<div class="tech-corner" data-testid="tech-corner" aria-hidden="true"><\/div>/);
    expect(attract()).not.toContain('tech-corner');
  });
});
