// Server-side renders of the technician's serial console: the bytes in both columns left to
// right inside Arabic, every check digit's verdict in words, and the list's bounds.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { ConsoleEntry, Language } from '../../../main/contract/kiosk-contract.js';
import { createKioskI18n } from '../../../renderer/i18n/kiosk-i18n.js';
import { appendEntries } from '../../../renderer/tech/console-entries.js';
import { ConsoleView, type ConsoleViewProps } from '../../../renderer/tech/console-view.js';

const noop = () => {};
const AT = '2026-11-26T09:05:07Z';
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const ENTRIES: ConsoleEntry[] = [
  { kind: 'bytes', seq: 0, at: AT, text: '••••••••<<••\u240D\u240A', hex: '•• •• •• •• •• •• •• •• 3C 3C •• •• 0D 0A', length: 14 },
  {
    kind: 'card', seq: 1, at: AT, format: 'TD1', ok: false,
    fields: [{ name: 'surname', value: '••••••' }, { name: 'expiryDate', value: null }],
    checks: [{ field: 'documentNumber', ok: true }, { field: 'birthDate', ok: false }],
    problems: [],
  },
  { kind: 'unreadable', seq: 2, at: AT, reason: 'partial' },
  { kind: 'badge', seq: 3, at: AT, badgeId: '••••••••90' },
  { kind: 'dropped', seq: 4, at: AT, count: 17 },
];

const props = (over: Partial<ConsoleViewProps> = {}): ConsoleViewProps => ({
  devices: [{ id: 'id-reader', driver: 'serial', address: '/dev/ttyUSB0' }, { id: 'badge-reader', driver: 'mock', address: 'simulated' }],
  selected: 'id-reader', open: true, entries: ENTRIES, paused: false, held: 0, error: null, timeZone: 'Africa/Casablanca',
  onPick: noop, onPause: noop, onClear: noop, ...over,
});

const render = (language: Language, p: ConsoleViewProps) =>
  renderToStaticMarkup(createElement(I18nextProvider, { i18n: createKioskI18n(language) }, createElement(ConsoleView, p)));

describe('serial console screen', () => {
  it('keeps the bytes left to right in Arabic and names each check in words', () => {
    const html = render('ar', props());
    expect(html).toMatch(/<code dir="ltr" class="tech-console-text"[^>]*>••••••••&lt;&lt;••<span class="tech-console-ctl" data-control="CR">CR<\/span><span class="tech-console-ctl" data-control="LF">LF<\/span><\/code>/);
    expect(html).toMatch(/<code dir="ltr" class="tech-console-hex"[^>]*>•• •• •• •• •• •• •• •• 3C 3C •• •• 0D 0A<\/code>/);
    expect(html).toMatch(/data-testid="tech-console-check" data-field="birthDate" data-ok="false"/);
    const words = text(html);
    expect(words).toContain('تاريخ الازدياد: رقم التحقق خاطئ');
    expect(words).toContain('رقم الوثيقة: رقم التحقق صحيح');
    expect(words).toContain('غير موجود في هذا التخطيط');
  });

  it('says in French what was unreadable, what was left out, and the badge it read', () => {
    const words = text(render('fr', props()));
    expect(words).toContain('Illisible : lignes manquantes');
    expect(words).toContain('Non affichés, le périphérique envoie trop vite : 17');
    expect(words).toContain('••••••••90');
    expect(words).toContain('Date de naissance : clé FAUSSE');
  });

  it('offers every device, pause and clear as large buttons, and resume once paused', () => {
    const html = render('fr', props({ paused: true, held: 3 }));
    for (const id of ['tech-console-device-id-reader', 'tech-console-device-badge-reader', 'tech-console-pause', 'tech-console-clear']) expect(html).toContain(`data-testid="${id}"`);
    expect(text(html)).toContain('Reprendre');
    expect(text(html)).toContain('reçus pendant la pause : 3');
  });

  it('asks for a device before showing any list', () => {
    const html = render('zgh', props({ selected: null, entries: [] }));
    expect(html).not.toContain('data-testid="tech-console-list"');
  });
});

describe('the list on screen', () => {
  const bytes = (seq: number): ConsoleEntry => ({ kind: 'bytes', seq, at: AT, text: '<', hex: '3C', length: 1 });

  it('adds each entry once, in order, and keeps the newest 200', () => {
    let list = appendEntries([], [bytes(0), bytes(1)]);
    list = appendEntries(list, [bytes(1), bytes(2)]);
    expect(list.map((e) => e.seq)).toEqual([0, 1, 2]);
    list = appendEntries(list, Array.from({ length: 250 }, (_, i) => bytes(i + 3)));
    expect(list).toHaveLength(200);
    expect(list[0]?.seq).toBe(53);
    expect(list.at(-1)?.seq).toBe(252);
  });
});
