import { describe, expect, it } from 'vitest';
import { wrapText, type Measurer } from '../../../hardware/printer/receipt-layout.js';

// Every character 10 dots wide: easy widths to reason about.
const fixed: Measurer = {
  font: '',
  direction: 'ltr',
  measureText: (t: string) => ({ width: Array.from(t).length * 10, actualBoundingBoxAscent: 0, actualBoundingBoxDescent: 0 }),
};

describe('wrapText', () => {
  it('breaks between words and keeps every line within the width', () => {
    const lines = wrapText(fixed, 'un deux trois quatre cinq six sept', 120);
    expect(lines).toEqual(['un deux', 'trois quatre', 'cinq six', 'sept']);
  });

  it('breaks a word longer than the line between characters', () => {
    expect(wrapText(fixed, 'abcdefghijklmnop', 50)).toEqual(['abcde', 'fghij', 'klmno', 'p']);
  });

  it('keeps explicit line breaks and empty lines', () => {
    expect(wrapText(fixed, 'a\n\nb', 100)).toEqual(['a', '', 'b']);
  });
});
