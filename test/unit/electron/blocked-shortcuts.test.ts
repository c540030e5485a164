import { describe, expect, it } from 'vitest';
import { isBlockedShortcut, type KeyInput } from '../../../main/electron/blocked-shortcuts.js';

function key(k: string, mods: Partial<Omit<KeyInput, 'key'>> = {}): KeyInput {
  return { type: 'keyDown', key: k, code: '', control: false, meta: false, alt: false, shift: false, ...mods };
}

describe('isBlockedShortcut', () => {
  it.each([
    ['Ctrl+R (reload)', key('r', { control: true })],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true })],
    ['F5', key('F5')],
    ['F11 (leave full screen)', key('F11')],
    ['F12 (devtools)', key('F12')],
    ['Ctrl+Shift+I (devtools)', key('I', { control: true, shift: true })],
    ['Ctrl+Shift+J (console)', key('J', { control: true, shift: true })],
    ['Cmd+Alt+I', key('i', { meta: true, alt: true })],
    ['Ctrl++ (zoom in)', key('+', { control: true, shift: true, code: 'Equal' })],
    ['Ctrl+= (zoom in)', key('=', { control: true, code: 'Equal' })],
    ['Ctrl+- (zoom out)', key('-', { control: true, code: 'Minus' })],
    ['Ctrl+0 (zoom reset)', key('0', { control: true, code: 'Digit0' })],
    ['Ctrl+numpad +', key('+', { control: true, code: 'NumpadAdd' })],
    ['Cmd+- on an AZERTY keyboard', key(')', { meta: true, code: 'Minus' })],
    ['Alt+F4 (close)', key('F4', { alt: true })],
    ['Ctrl+W (close)', key('w', { control: true })],
    ['Ctrl+Q (quit)', key('q', { control: true })],
    ['Ctrl+P (print)', key('p', { control: true })],
    ['Ctrl+N (new window)', key('n', { control: true })],
    ['Alt+Left (back)', key('ArrowLeft', { alt: true })],
    ['Browser back key', key('BrowserBack')],
  ])('blocks %s', (_label, input) => {
    expect(isBlockedShortcut(input)).toBe(true);
  });

  it.each([
    ['a letter', key('a')],
    ['an Arabic letter', key('ش')],
    ['Shift+letter', key('A', { shift: true })],
    ['Backspace', key('Backspace')],
    ['Enter', key('Enter')],
    ['Tab (keyboard navigation)', key('Tab')],
    ['Ctrl+C (copy)', key('c', { control: true })],
    ['Ctrl+V (paste)', key('v', { control: true })],
    ['Ctrl+A (select all)', key('a', { control: true })],
    ['a digit', key('0', { code: 'Digit0' })],
  ])('lets %s through', (_label, input) => {
    expect(isBlockedShortcut(input)).toBe(false);
  });

  it('only acts on key presses', () => {
    expect(isBlockedShortcut({ ...key('F11'), type: 'keyUp' })).toBe(false);
  });
});
