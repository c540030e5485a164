// What the technician's console lets through: framing yes, a person's name, number or dates no.
import { describe, expect, it } from 'vitest';
import { encodeBadgeFrame } from '../../../hardware/badge-reader/badge-frame.js';
import { parseMrz } from '../../../hardware/id-reader/mrz-parse.js';
import { MRZ_SPECIMENS } from '../../../hardware/simulators/mrz-specimens.js';
import { CONSOLE_MASK } from '../../../main/contract/tech-console-schemas.js';
import { createByteMasker, maskAllButTail, maskedCard, renderMasked } from '../../../main/diagnostics/serial-console-mask.js';

const TD3 = MRZ_SPECIMENS['icao-td3'].lines;
const NOW = new Date('2026-11-26T12:00:00Z');

function shown(deviceId: Parameters<typeof createByteMasker>[0], ...segments: Buffer[]): Array<{ text: string; hex: string }> {
  const masker = createByteMasker(deviceId);
  return segments.map((s) => renderMasked(s, masker.mask(s)));
}

describe('ID reader bytes', () => {
  const bytes = Buffer.from(`\x02${TD3[0]}\r\n${TD3[1]}\r\n\x03`, 'latin1');
  const [view] = shown('id-reader', bytes);

  it('hides every letter and digit of the ICAO specimen, in text and in hex', () => {
    expect(view?.text).not.toMatch(/[A-Za-z0-9]/);
    for (const word of ['ERIKSSON', 'ANNA', 'MARIA', 'L898902C3', '740812', '120415', 'UTO']) expect(view?.text).not.toContain(word);
    // 'E' of ERIKSSON is 0x45, '7' of the birth date 0x37: no MRZ character's hex survives.
    const hexBytes = view?.hex.split(' ') ?? [];
    const visible = hexBytes.filter((h) => h !== CONSOLE_MASK.repeat(2));
    expect(visible.every((h) => ['02', '03', '0D', '0A', '3C'].includes(h))).toBe(true);
  });

  it('keeps the framing and the fillers where they were', () => {
    expect(view?.text.startsWith('\u2402')).toBe(true);
    expect(view?.text.endsWith('\u240D\u240A\u2403')).toBe(true);
    expect(view?.text).toContain('<<');
    expect(view?.hex.startsWith('02 ')).toBe(true);
    expect(view?.hex).toContain('3C 3C');
    expect(view?.hex.split(' ')).toHaveLength(bytes.length);
  });

  it('shows garbage from a wrong baud rate byte for byte', () => {
    const [garbage] = shown('id-reader', Buffer.from([0xf0, 0x80, 0xfe, 0x00, 0x7f]));
    expect(garbage?.hex).toBe('F0 80 FE 00 7F');
    expect(garbage?.text).toBe('\uFFFD\uFFFD\uFFFD\u2400\u2421');
  });
});

describe('badge reader bytes', () => {
  it('shows only the last 2 characters of the id and the frame around it', () => {
    const [view] = shown('badge-reader', encodeBadgeFrame('1234567890'));
    expect(view?.text).toBe(`\u2402${CONSOLE_MASK.repeat(8)}90${CONSOLE_MASK.repeat(2)}\u240D\u240A\u2403`);
    expect(view?.hex.startsWith('02 ')).toBe(true);
    expect(view?.hex).toContain('39 30');
    expect(view?.hex).not.toContain('31 32');
  });

  it('keeps its place in a frame split over two segments', () => {
    const frame = encodeBadgeFrame('ABCDEF0123');
    const views = shown('badge-reader', frame.subarray(0, 6), frame.subarray(6));
    expect(views.map((v) => v.text).join('')).toBe(`\u2402${CONSOLE_MASK.repeat(8)}23${CONSOLE_MASK.repeat(2)}\u240D\u240A\u2403`);
  });
});

describe('barcode scanner bytes', () => {
  it('shows only the last 4 characters of a code that has ended', () => {
    const [view] = shown('barcode-scanner', Buffer.from('KIT-2026-000123\r', 'latin1'));
    expect(view?.text).toBe(`${CONSOLE_MASK.repeat(11)}0123\u240D`);
  });

  it('hides a code whose end has not come yet', () => {
    const [view] = shown('barcode-scanner', Buffer.from('KIT-2026', 'latin1'));
    expect(view?.text).toBe(CONSOLE_MASK.repeat(8));
  });
});

describe('masked values', () => {
  it('never shows more than half of a short value', () => {
    expect(maskAllButTail('1234567890', 2)).toBe(`${CONSOLE_MASK.repeat(8)}90`);
    expect(maskAllButTail('AB12', 4)).toBe(`${CONSOLE_MASK.repeat(2)}12`);
  });
});

describe('the parsed view of a card', () => {
  it('names the layout and every check, with masked values only', () => {
    const card = maskedCard(parseMrz(TD3, { now: NOW }));
    expect(card.format).toBe('TD3');
    expect(card.ok).toBe(true);
    expect(card.checks.map((c) => c.field)).toEqual(expect.arrayContaining(['documentNumber', 'birthDate', 'expiryDate', 'composite']));
    expect(card.checks.every((c) => c.ok)).toBe(true);
    const text = JSON.stringify(card.fields);
    for (const word of ['ERIKSSON', 'ANNA', 'L898902C3', '740812', 'UTO']) expect(text).not.toContain(word);
    expect(card.fields.find((f) => f.name === 'surname')?.value).toBe(CONSOLE_MASK.repeat(8));
  });

  it('fails the one check digit that is wrong and passes the others', () => {
    const lines = MRZ_SPECIMENS['bad-check-digit'].lines;
    const card = maskedCard(parseMrz(lines, { now: NOW }));
    expect(card.format).toBe('TD1');
    expect(card.ok).toBe(false);
    expect(card.checks.find((c) => c.field === 'birthDate')?.ok).toBe(false);
    expect(card.checks.find((c) => c.field === 'documentNumber')?.ok).toBe(true);
    expect(JSON.stringify(card)).not.toContain('BENALI');
  });

  it('shows the old French ID card with no expiry date', () => {
    const card = maskedCard(parseMrz(MRZ_SPECIMENS['fr-id-2x36'].lines, { now: NOW }));
    expect(card.format).toBe('FR-ID');
    expect(card.fields.find((f) => f.name === 'expiryDate')?.value).toBeNull();
    expect(JSON.stringify(card)).not.toContain('DUPONT');
  });
});
