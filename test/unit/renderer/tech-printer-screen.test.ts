// Server-side renders of the technician's printer screen: the bits a technician reads, the
// raw bytes, the paper counter and the test ids the end-to-end tests rely on.
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Language, PrinterDiagnostics } from '../../../main/contract/kiosk-contract.js';
import { createKioskI18n } from '../../../renderer/i18n/kiosk-i18n.js';
import { PrinterView, type PrinterViewProps } from '../../../renderer/tech/printer-screen.js';

const render = (language: Language, element: ReactElement) =>
  renderToStaticMarkup(createElement(I18nextProvider, { i18n: createKioskI18n(language) }, element));
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const noop = () => {};

const COVER_OPEN: PrinterDiagnostics = {
  driver: 'escpos',
  address: 'tcp://10.0.0.9:9100',
  replies: [
    { request: 1, byte: 0x1a },
    { request: 2, byte: 0x16 },
    { request: 3, byte: 0x12 },
    { request: 4, byte: null },
  ],
  bits: [
    { request: 1, bit: 3, name: 'offline', set: true },
    { request: 2, bit: 2, name: 'cover-open', set: true },
    { request: 3, bit: 3, name: 'cutter-error', set: false },
  ],
  queriedAt: '2026-11-26T09:05:07Z',
  paper: { receipts: 42, lengthMm: 3456.7, since: '2026-11-20T08:00:00Z' },
};

const props = (over: Partial<PrinterViewProps>): PrinterViewProps => ({
  result: COVER_OPEN, error: null, timeZone: 'Africa/Casablanca', testPage: { kind: 'idle' }, onRefresh: noop, onTestPage: noop, onNewRoll: noop, ...over,
});

describe('printer screen', () => {
  it('shows every bit in words, the raw replies in hex and the paper counter', () => {
    const html = render('fr', createElement(PrinterView, props({})));
    expect(html).toContain('data-testid="tech-printer"');
    expect(html).toMatch(/data-testid="tech-printer-bit" data-name="cover-open" data-set="true"/);
    expect(html).toMatch(/data-testid="tech-printer-bit" data-name="cutter-error" data-set="false"/);
    expect(html).toMatch(/data-testid="tech-paper-receipts" data-value="42"/);
    expect(html).toMatch(/data-testid="tech-paper-length" data-value="3456.7"/);
    for (const id of ['tech-printer-test', 'tech-printer-new-roll', 'tech-printer-refresh']) expect(html).toContain(`data-testid="${id}"`);
    const words = text(html);
    expect(words).toContain('0x16');
    expect(words).toContain('pas de réponse');
    expect(words).toContain('Capot ouvert');
    // Decimals as French writes them.
    expect(words).toContain('3,46 m de papier');
    expect(words).toContain('Depuis le 20 novembre 2026 à 09:00');
  });

  it('says why the test page was not printed, in Arabic too', () => {
    const fr = render('fr', createElement(PrinterView, props({ testPage: { kind: 'done', ok: false, reason: 'cover-open' } })));
    expect(fr).toMatch(/data-testid="tech-printer-test-result" data-ok="false"/);
    expect(text(fr)).toContain('Non imprimé : capot ouvert.');
    const ar = render('ar', createElement(PrinterView, props({ testPage: { kind: 'done', ok: true } })));
    expect(ar).toMatch(/data-testid="tech-printer-test-result" data-ok="true"/);
    expect(text(ar)).toContain('طُبعت صفحة الاختبار');
  });

  it('tells that a simulated printer cannot be asked', () => {
    const html = render('en', createElement(PrinterView, props({ result: { ...COVER_OPEN, replies: [], bits: [], queriedAt: null } })));
    expect(html).toContain('data-testid="tech-printer-no-status"');
    expect(html).not.toContain('tech-printer-bit');
  });
});
