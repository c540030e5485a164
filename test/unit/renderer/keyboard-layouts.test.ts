import { describe, expect, it } from 'vitest';
import { LAYOUTS, TIFINAGH_LETTERS, charactersOf, keysOf } from '../../../renderer/keyboard/keyboard-layouts.js';

const rowText = (layout: keyof typeof LAYOUTS, row: number) =>
  (LAYOUTS[layout].rows[row]?.keys ?? []).flatMap((key) => (key.type === 'char' ? [key.text] : [])).join('');

const count = (list: string[], item: string) => list.filter((entry) => entry === item).length;

describe('keyboard layouts', () => {
  it('offer every IRCAM Tifinagh letter exactly once, ⴳⵯ and ⴽⵯ as single keys', () => {
    const expected = 'ⴰ ⴱ ⴳ ⴳⵯ ⴷ ⴹ ⴻ ⴼ ⴽ ⴽⵯ ⵀ ⵃ ⵄ ⵅ ⵇ ⵉ ⵊ ⵍ ⵎ ⵏ ⵓ ⵔ ⵕ ⵖ ⵙ ⵚ ⵛ ⵜ ⵟ ⵡ ⵢ ⵣ ⵥ ⵯ'.split(' ');
    const typed = charactersOf(LAYOUTS.tifinagh);
    expect([...TIFINAGH_LETTERS]).toEqual(expected);
    for (const letter of expected) expect(count(typed, letter), letter).toBe(1);
    const tifinaghKeys = typed.filter((text) => /[\u2d30-\u2d7f]/.test(text));
    expect(tifinaghKeys.sort()).toEqual([...expected].sort());
    expect(LAYOUTS.tifinagh.lang).toBe('zgh');
  });

  it('keep the AZERTY letter rows in keyboard order, with the French accents one tap away', () => {
    expect(rowText('azerty', 1)).toBe('azertyuiop');
    expect(rowText('azerty', 2)).toBe('qsdfghjklm');
    expect(rowText('azerty', 3)).toContain('wxcvbn');
    const typed = charactersOf(LAYOUTS.azerty);
    for (const accent of ['é', 'è', 'à', 'ç', 'ù', 'ê', 'ô']) expect(count(typed, accent), accent).toBe(1);
    expect(keysOf(LAYOUTS.azerty).some((key) => key.type === 'action' && key.action === 'shift')).toBe(true);
  });

  it('put the Arabic letters where a Moroccan keyboard has them, read right to left', () => {
    const arabic = LAYOUTS.arabic;
    expect(arabic.dir).toBe('rtl');
    expect(arabic.lang).toBe('ar');
    // Reading order from the right edge: ض ends up top left, as on the physical keyboard.
    expect(rowText('arabic', 1)).toBe('دجحخهعغفقثصض');
    expect(rowText('arabic', 2)).toBe('طكمنتالبيسش');
    const typed = charactersOf(arabic);
    const letters = 'ا ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن ه و ي ة ى ء ئ ؤ أ إ آ لا'.split(' ');
    for (const letter of letters) expect(count(typed, letter), letter).toBe(1);
  });

  it('use Western digits 1 to 0 on every text layout, read left to right', () => {
    for (const id of ['arabic', 'azerty', 'tifinagh'] as const) {
      const row = LAYOUTS[id].rows[0];
      expect(rowText(id, 0), id).toBe('1234567890');
      expect(row?.dir, id).toBe('ltr');
    }
    expect(charactersOf(LAYOUTS.arabic).some((text) => /[\u0660-\u0669]/.test(text))).toBe(false);
  });

  it('give the number pads ten digits, backspace and clear, and only the phone pad a plus', () => {
    for (const id of ['numeric', 'phone'] as const) {
      const typed = charactersOf(LAYOUTS[id]);
      expect(typed.filter((text) => /^[0-9]$/.test(text)).sort().join(''), id).toBe('0123456789');
      const actions = keysOf(LAYOUTS[id]).flatMap((key) => (key.type === 'action' ? [key.action] : []));
      expect(actions, id).toEqual(expect.arrayContaining(['backspace', 'clear']));
    }
    expect(charactersOf(LAYOUTS.phone)).toContain('+');
    expect(charactersOf(LAYOUTS.numeric)).not.toContain('+');
  });

  it('have a space bar, backspace, clear and a layout switch on every text layout', () => {
    for (const id of ['arabic', 'azerty', 'tifinagh'] as const) {
      const keys = keysOf(LAYOUTS[id]);
      expect(keys.some((key) => key.type === 'char' && key.text === ' ' && key.width === 'space'), id).toBe(true);
      for (const name of ['backspace', 'clear', 'switch', 'done']) {
        expect(keys.some((key) => key.type === 'action' && key.action === name), `${id} ${name}`).toBe(true);
      }
    }
  });
});
