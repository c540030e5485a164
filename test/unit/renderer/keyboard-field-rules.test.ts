import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../main/contract/kiosk-contract.js';
import { kioskResources } from '../../../renderer/i18n/kiosk-i18n.js';
import { FIELD_KINDS, fieldRule, isCalendarDate, type Validation } from '../../../renderer/keyboard/field-rules.js';
import { LAYOUTS, keysOf } from '../../../renderer/keyboard/keyboard-layouts.js';
import { maskValue } from '../../../renderer/keyboard/display-mask.js';

const messageOf = (result: Validation) => (result.ok ? null : result.messageKey);

function lookup(language: (typeof LANGUAGES)[number], path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), kioskResources[language].translation);
}

describe('field rules', () => {
  it('accept Moroccan mobile numbers in both forms and nothing else', () => {
    const phone = fieldRule('phone');
    for (const ok of ['0612345678', '0798765432', '+212612345678', '+212787654321']) expect(phone.validate(ok), ok).toEqual({ ok: true });
    for (const bad of ['0512345678', '061234567', '06123456789', '+2120612345678', '+21261234567', '612345678', '+33612345678']) {
      expect(messageOf(phone.validate(bad)), bad).toBe('keyboard.errors.phone');
    }
    expect(messageOf(phone.validate(''))).toBe('keyboard.errors.required');
    expect(phone.layouts).toEqual(['phone']);
  });

  it('take "+" only first, and limit a local number to ten digits', () => {
    const phone = fieldRule('phone');
    expect(phone.accepts('', '+')).toBe(true);
    expect(phone.accepts('06', '+')).toBe(false);
    expect(phone.limitFor('0612345678')).toBe(10);
    expect(phone.limitFor('+212')).toBe(13);
    expect(phone.accepts('+21261234567', '8')).toBe(true);
    expect(phone.accepts('06', 'a')).toBe(false);
    expect(phone.maxLength).toBe('+212612345678'.length);
  });

  it('accept CNIE numbers: one or two capitals then digits, ten characters at most', () => {
    const card = fieldRule('card-number');
    for (const ok of ['BK123456', 'A123456', 'BE12345', 'Z1234567']) expect(card.validate(ok), ok).toEqual({ ok: true });
    for (const bad of ['123456', 'BKE12345', 'BK', 'bk123456', 'BK12-3456', 'BK12']) {
      expect(messageOf(card.validate(bad)), bad).toBe('keyboard.errors.cardNumber');
    }
    expect(card.maxLength).toBe(10);
    expect(card.letterCase).toBe('upper');
    // Letters only before the digits, and at most two of them.
    expect(card.accepts('', 'B')).toBe(true);
    expect(card.accepts('BK', 'E')).toBe(false);
    expect(card.accepts('B1', 'K')).toBe(false);
    expect(card.accepts('', '1')).toBe(false);
    expect(card.accepts('B', 'é')).toBe(false);
  });

  it('validate dates against the calendar, 29 February only in leap years', () => {
    const date = fieldRule('date');
    for (const ok of ['12/08/1974', '29/02/2000', '31/12/1999', '01/01/1900']) expect(date.validate(ok), ok).toEqual({ ok: true });
    for (const bad of ['29/02/1900', '31/04/2001', '00/01/2000', '15/13/1990', '32/01/2000', '01/01/1800']) {
      expect(messageOf(date.validate(bad)), bad).toBe('keyboard.errors.date');
    }
    expect(messageOf(date.validate('12/08/19'))).toBe('keyboard.errors.dateIncomplete');
    expect(isCalendarDate(29, 2, 2024)).toBe(true);
    expect(isCalendarDate(29, 2, 2023)).toBe(false);
  });

  it('put the date slashes in while the citizen types digits only', () => {
    const date = fieldRule('date');
    const typed = '12081974'.split('').reduce((value, digit) => date.insert(value, digit), '');
    expect(typed).toBe('12/08/1974');
    expect(date.accepts('12', '/')).toBe(false);
    expect(date.maxLength).toBe(10);
  });

  it('accept tax references of capitals, digits and single separators', () => {
    const tax = fieldRule('tax-reference');
    for (const ok of ['TH2024-001234', '123456', 'TSC/2023/99871']) expect(tax.validate(ok), ok).toEqual({ ok: true });
    for (const bad of ['12345', 'TH-', '-TH2024']) expect(messageOf(tax.validate(bad)), bad).toBe('keyboard.errors.taxReference');
    expect(tax.accepts('TH', '-')).toBe(true);
    expect(tax.accepts('TH-', '/')).toBe(false);
    expect(tax.accepts('', '-')).toBe(false);
  });

  it('let free text use every layout, up to 1000 characters by default', () => {
    const text = fieldRule('free-text');
    expect(text.maxLength).toBe(1000);
    expect(fieldRule('free-text', { maxLength: 200 }).maxLength).toBe(200);
    expect(text.layouts).toEqual(['arabic', 'azerty', 'tifinagh', 'numeric']);
    expect(messageOf(text.validate('   '))).toBe('keyboard.errors.required');
    expect(fieldRule('free-text', { required: false }).validate('')).toEqual({ ok: true });
    expect(text.accepts('', ' ')).toBe(false);
    expect(text.accepts('mot ', ' ')).toBe(false);
  });

  it('name every message, key and layout in all four languages', () => {
    const keys = new Set<string>(['keyboard.switchTo', 'keyboard.errors.maxLength', 'keyboard.errors.required']);
    for (const layout of Object.values(LAYOUTS)) {
      keys.add(layout.nameKey);
      for (const key of keysOf(layout)) {
        if (key.type === 'char' && key.labelKey) keys.add(key.labelKey);
        if (key.type === 'action') keys.add(`keyboard.${key.action}`);
      }
    }
    keys.delete('keyboard.switch');
    const samples = ['', '06', 'BK', '12/08', 'TH-', 'x'];
    for (const kind of FIELD_KINDS) {
      for (const sample of samples) {
        const result = fieldRule(kind).validate(sample);
        if (!result.ok) keys.add(result.messageKey);
      }
    }
    for (const language of LANGUAGES) {
      for (const key of keys) expect(typeof lookup(language, key), `${language} ${key}`).toBe('string');
    }
  });
});

describe('masked display', () => {
  it('shows only the last four characters of a card or phone number', () => {
    expect(maskValue('0612345678', 'last4')).toBe('••••••5678');
    expect(maskValue('BK12', 'last4')).toBe('BK12');
    expect(maskValue('BK123456', 'none')).toBe('BK123456');
  });
});
