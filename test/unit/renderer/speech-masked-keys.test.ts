// In speak mode a card or ID number, or any masked field, is never said aloud: its keys carry
// the tone mark the speech engine obeys, and the masked value too; other fields speak normally.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createKioskI18n } from '../../../renderer/i18n/kiosk-i18n.js';
import { fieldRule, type FieldKind } from '../../../renderer/keyboard/field-rules.js';
import { OnScreenKeyboard } from '../../../renderer/keyboard/on-screen-keyboard.js';

function render(kind: FieldKind, mask: 'none' | 'last4') {
  const keyboard = createElement(OnScreenKeyboard, { rule: fieldRule(kind), value: '12', onChange: () => {}, language: 'fr', label: 'Champ', mask, onDone: () => {} });
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n: createKioskI18n('fr') }, keyboard));
}

const tagOf = (html: string, testId: string) => new RegExp(`<[a-z]+[^>]*data-testid="${testId}"[^>]*>`).exec(html)?.[0] ?? '';

describe('masked entries in speak mode', () => {
  it('gives every digit key of a card number a tone, and keeps Done speaking its name', () => {
    const html = render('card-number', 'last4');
    for (const digit of '0123456789') expect(tagOf(html, `key-${digit}`), digit).toContain('data-speech-mask="tone"');
    expect(tagOf(html, 'keyboard-display')).toContain('data-speech-mask="tone"');
    expect(tagOf(html, 'key-done')).not.toContain('data-speech-mask');
    expect(tagOf(html, 'key-backspace')).not.toContain('data-speech-mask');
  });

  it('never says a phone number aloud, even while it shows in full to be checked', () => {
    const html = render('phone', 'none');
    expect(tagOf(html, 'key-7')).toContain('data-speech-mask="tone"');
    expect(tagOf(html, 'keyboard-display')).toContain('data-speech-mask="tone"');
    expect(tagOf(html, 'keyboard-display')).not.toContain('data-masked');
  });

  it('masks a phone number typed with the mask, not a free text', () => {
    expect(tagOf(render('phone', 'last4'), 'key-7')).toContain('data-speech-mask="tone"');
    const free = render('free-text', 'none');
    expect(free).not.toContain('data-speech-mask');
  });
});
