// Server-side renders of the log viewer: the level in words (not colour alone), the office
// clock with the day in the screen's language (no ISO date), the English record marked as English
// and kept left to right in Arabic, and the test ids the end-to-end tests rely on.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Language, LogEntryView } from '../../../main/contract/kiosk-contract.js';
import { createKioskI18n } from '../../../renderer/i18n/kiosk-i18n.js';
import { LogsView, type LogsViewProps } from '../../../renderer/tech/logs-view.js';

const noop = () => {};
const ENTRIES: LogEntryView[] = [
  { time: '2026-11-26T09:04:00.000Z', level: 'error', part: 'hardware', device: 'printer', msg: 'paper out', details: 'retries=3' },
  { time: '2026-11-26T09:03:00.000Z', level: 'info', part: null, device: null, msg: 'kiosk started', details: '' },
];
const props = (over: Partial<LogsViewProps>): LogsViewProps => ({
  entries: ENTRIES, devices: ['id-reader', 'printer'], minLevel: 'info', device: 'all', hasMore: true, busy: false, error: null,
  exported: null, timeZone: 'Africa/Casablanca',
  onLevel: noop, onDevice: noop, onMore: noop, onRefresh: noop, onExport: noop, ...over,
});
const render = (language: Language, p: LogsViewProps) =>
  renderToStaticMarkup(createElement(I18nextProvider, { i18n: createKioskI18n(language) }, createElement(LogsView, p)));
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('log viewer', () => {
  it('shows each entry with its office time, level in words, source, message and details', () => {
    const html = render('fr', props({}));
    expect(html).toContain('data-testid="tech-logs"');
    expect(html).toMatch(/data-testid="tech-log-entry" data-level="error" data-device="printer"/);
    expect(html).toMatch(/data-testid="tech-log-entry" data-level="info" data-device=""/);
    const words = text(html);
    // 09:04 UTC is 10:04 on the Casablanca office clock; the day in French words, not ISO.
    expect(words).toContain('26 nov. 10:04:00');
    expect(words).toContain('26 nov. 10:03:00');
    expect(words).not.toContain('2026-11-26');
    expect(words).toContain('Erreur');
    expect(words).toContain('hardware · printer');
    expect(words).toContain('paper out');
    expect(html).toContain('<bdi lang="en" dir="ltr">retries=3</bdi>');
    // An entry from no part or device is the kiosk's own, named in the screen's language.
    expect(html).toMatch(/<span class="tech-log-source">borne<\/span>/);
    expect(html).toContain('data-testid="tech-logs-more"');
    for (const id of ['tech-logs-level-info', 'tech-logs-level-warn', 'tech-logs-level-error', 'tech-logs-device-all', 'tech-logs-device-printer', 'tech-logs-device-id-reader', 'tech-logs-export']) {
      expect(html).toContain(`data-testid="${id}"`);
    }
    expect(html).toMatch(/aria-checked="true"[^>]*data-testid="tech-logs-level-info"/);
    expect(html).toMatch(/aria-checked="true"[^>]*data-testid="tech-logs-device-all"/);
  });

  it('reads in Arabic with the details kept left to right', () => {
    const html = render('ar', props({ minLevel: 'warn', device: 'printer', hasMore: false }));
    const words = text(html);
    expect(words).toContain('خطأ');
    expect(words).toContain('التحذيرات والأخطاء');
    expect(html).toContain('<bdi>26 نونبر</bdi> <bdi dir="ltr">10:04:00</bdi>');
    expect(words).not.toContain('2026-11-26');
    expect(html).toContain('<bdi lang="en" dir="ltr">paper out</bdi>');
    expect(html).toContain('<bdi lang="en" dir="ltr">retries=3</bdi>');
    expect(html).not.toContain('data-testid="tech-logs-more"');
    expect(html).toMatch(/aria-checked="true"[^>]*data-testid="tech-logs-device-printer"/);
  });

  it('tells where the export was written, or why it failed', () => {
    const written = text(render('en', props({ exported: { kind: 'written', fileName: 'kiosk-logs-2026-11-26-100400.log', directory: '/media/usb0', lines: 42 } })));
    expect(written).toContain('kiosk-logs-2026-11-26-100400.log');
    expect(written).toContain('/media/usb0');
    expect(written).toContain('42 lines');
    const failedHtml = render('en', props({ exported: { kind: 'failed', message: 'The drive holding /media/usb0 is read-only.' } }));
    expect(failedHtml).toContain('data-testid="tech-logs-export-result" data-kind="failed"');
    expect(text(failedHtml)).toContain('The export failed. Technical detail (in English): The drive holding /media/usb0 is read-only.');
    expect(failedHtml).toContain('data-testid="tech-technical-detail" lang="en" dir="ltr">The drive holding /media/usb0 is read-only.</span>');
    // In French the sentence and its label are French; the driver's words stay the English record.
    const failedFr = render('fr', props({ exported: { kind: 'failed', message: 'The drive holding /media/usb0 is read-only.' } }));
    expect(failedFr).toContain('lang="en" dir="ltr">The drive holding /media/usb0 is read-only.</span>');
    expect(text(failedFr)).toContain('L’export a échoué. Détail technique (en anglais)');
    expect(text(failedFr)).not.toContain('The export failed');
  });

  it('says so when no entry matches the filters', () => {
    expect(render('en', props({ entries: [], hasMore: false }))).toContain('data-testid="tech-logs-empty"');
  });
});
