// Server-side render of the keyboard: what the citizen's browser receives, without a DOM.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../main/contract/kiosk-contract.js';
import { createKioskI18n } from '../../../renderer/i18n/kiosk-i18n.js';
import { fieldRule, type FieldKind } from '../../../renderer/keyboard/field-rules.js';
import { OnScreenKeyboard } from '../../../renderer/keyboard/on-screen-keyboard.js';

function render(language: Language, kind: FieldKind, value: string, extra: { mask?: 'none' | 'last4'; onDone?: (v: string) => void } = {}) {
  const keyboard = createElement(OnScreenKeyboard, { rule: fieldRule(kind), value, onChange: () => {}, language, label: 'Champ', ...extra });
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n: createKioskI18n(language) }, keyboard));
}

const keyTag = (html: string, testId: string) => new RegExp(`<button[^>]*data-testid="${testId}"[^>]*>`).exec(html)?.[0] ?? '';

describe('on-screen keyboard component', () => {
  it('renders no form control the browser could remember or autocomplete', () => {
    const html = render('fr', 'free-text', 'Rue des Fleurs');
    expect(html).not.toMatch(/<(input|textarea|form|select)\b/);
    expect(html).toContain('role="textbox"');
    expect(html).toContain('aria-readonly="true"');
    expect(html).toContain('Rue des Fleurs');
  });

  it('follows the screen language: Arabic layout right to left, named keys in Arabic', () => {
    const html = render('ar', 'free-text', '', { onDone: () => {} });
    expect(html).toMatch(/class="on-screen-keyboard[^"]*" data-layout="arabic" lang="ar" dir="rtl"/);
    expect(keyTag(html, 'key-backspace')).toContain('aria-label="حذف"');
    expect(keyTag(html, 'key-space')).toContain('aria-label="مسافة"');
    expect(keyTag(html, 'key-switch')).toContain('AZERTY');
    expect(render('zgh', 'free-text', '')).toContain('data-layout="tifinagh" lang="zgh"');
  });

  it('disables, without hiding, the keys a card number cannot take', () => {
    const html = render('fr', 'card-number', 'BK1');
    expect(keyTag(html, 'key-a')).toContain('disabled');
    expect(keyTag(html, 'key-é')).toContain('disabled');
    expect(keyTag(html, 'key-2')).not.toContain('disabled');
    expect(html).toContain('>A</span>');
    // One layout only: no switch key, and no done key unless the screen asks for one.
    expect(keyTag(html, 'key-switch')).toBe('');
    expect(keyTag(html, 'key-done')).toBe('');
  });

  it('masks all but the last four digits when asked', () => {
    const html = render('fr', 'phone', '0612345678', { mask: 'last4' });
    expect(html).toContain('••••••5678');
    expect(html).not.toContain('0612345678');
  });
});
