// Device guidance: the arrow points to where the device is on this kiosk model, as the
// citizen facing it sees it, and an Arabic (right-to-left) screen points the same way.
import { readFileSync } from 'node:fs';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEVICE_PLACEMENT, type DevicePlace, type DevicePlacement } from '../../../main/contract/device-placement.js';
import type { Language } from '../../../main/contract/kiosk-contract.js';
import { ConfigError } from '../../../main/config/config-error.js';
import { defaultConfigPath, parseConfig } from '../../../main/config/load-config.js';
import { createKioskI18n } from '../../../renderer/i18n/kiosk-i18n.js';
import { DeviceGuidance } from '../../../renderer/kiosk/guidance/device-guidance.js';
import { DevicePlacementContext } from '../../../renderer/kiosk/guidance/device-placement-context.js';
import { arrowDirectionOf, type ArrowDirection } from '../../../renderer/kiosk/guidance/guidance-direction.js';

const base = JSON.parse(readFileSync(defaultConfigPath(), 'utf8')) as { kiosk: Record<string, unknown> } & Record<string, unknown>;

function renderGuidance(language: Language, placement: DevicePlacement): string {
  const i18n = createKioskI18n(language);
  const element: ReactElement = createElement(
    I18nextProvider,
    { i18n },
    createElement(
      DevicePlacementContext.Provider,
      { value: placement },
      createElement(DeviceGuidance, { device: 'idReader', instruction: { key: 'civil-status.identity.insertTitle' } }),
    ),
  );
  return renderToStaticMarkup(element);
}

/** The picture alone: what the citizen sees drawn, without the caption's words. */
const pictureOf = (html: string) => /<svg[\s\S]*<\/svg>/.exec(html)?.[0] ?? '';
const directionOf = (html: string) => /data-direction="([^"]+)"/.exec(html)?.[1];
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('guidance arrow direction', () => {
  const table: Array<[DevicePlace, ArrowDirection]> = [
    [{ side: 'left', position: 'top' }, 'up-left'],
    [{ side: 'left', position: 'middle' }, 'left'],
    [{ side: 'left', position: 'bottom' }, 'down-left'],
    [{ side: 'right', position: 'top' }, 'up-right'],
    [{ side: 'right', position: 'middle' }, 'right'],
    [{ side: 'right', position: 'bottom' }, 'down-right'],
    [{ side: 'below-screen', position: 'left' }, 'down-left'],
    [{ side: 'below-screen', position: 'middle' }, 'down'],
    [{ side: 'below-screen', position: 'right' }, 'down-right'],
    [{ side: 'above-screen', position: 'left' }, 'up-left'],
    [{ side: 'above-screen', position: 'middle' }, 'up'],
    [{ side: 'above-screen', position: 'right' }, 'up-right'],
  ];
  for (const [place, expected] of table) {
    it(`points ${expected} for a device ${place.side} / ${place.position}`, () => {
      expect(arrowDirectionOf(place)).toBe(expected);
    });
  }

  it('points the default kiosk\'s card reader down and to the right', () => {
    expect(directionOf(renderGuidance('fr', DEFAULT_DEVICE_PLACEMENT))).toBe('down-right');
  });

  for (const side of ['left', 'right'] as const) {
    it(`does not mirror a reader on the kiosk's ${side} on an Arabic screen`, () => {
      const placement = { ...DEFAULT_DEVICE_PLACEMENT, idReader: { side, position: 'middle' } } as const;
      const arabic = renderGuidance('ar', placement);
      const french = renderGuidance('fr', placement);
      expect(directionOf(arabic)).toBe(side);
      expect(directionOf(french)).toBe(side);
      // The same drawing, turned the same way, in both directions of writing.
      expect(pictureOf(arabic)).not.toBe('');
      expect(pictureOf(arabic)).toBe(pictureOf(french));
      expect(pictureOf(arabic)).toContain(`rotate(${side === 'left' ? 180 : 0} 60 60)`);
      expect(arabic).not.toContain('icon-directional');
    });
  }

  it('says where in words the citizen reads, in each language', () => {
    const placement = { ...DEFAULT_DEVICE_PLACEMENT, idReader: { side: 'left', position: 'bottom' } } as const;
    expect(text(renderGuidance('ar', placement))).toBe('قارئ البطاقات على يسار الشاشة، في الأسفل');
    expect(text(renderGuidance('fr', placement))).toBe('Lecteur de cartes à gauche de l’écran, en bas');
    expect(text(renderGuidance('zgh', placement))).toMatch(/^[\u2d30-\u2d7f ,]+$/);
    expect(text(renderGuidance('en', placement))).toBe('Card reader left of the screen, at the bottom');
  });

  it('is a picture with a name, not a button', () => {
    const html = renderGuidance('fr', DEFAULT_DEVICE_PLACEMENT);
    expect(html).toMatch(/^<div role="img" aria-labelledby="[^"]+ [^"]+"/);
    expect(html).not.toContain('<button');
    expect(html).not.toContain('role="button"');
  });
});

describe('kiosk.devicePlacement in the configuration', () => {
  const parse = (devicePlacement: unknown) => parseConfig({ ...base, kiosk: { ...base.kiosk, devicePlacement } }, 'test.json');

  it('fills in the typical floor-standing kiosk for devices not named', () => {
    const config = parse({ idReader: { side: 'left' } });
    expect(config.kiosk.devicePlacement).toEqual({ ...DEFAULT_DEVICE_PLACEMENT, idReader: { side: 'left', position: 'middle' } });
  });

  it('refuses a position that does not lie along its side', () => {
    try {
      parse({ printerSlot: { side: 'below-screen', position: 'top' } });
      throw new Error('configuration was accepted');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems.map((p) => p.field)).toEqual(['kiosk.devicePlacement.printerSlot.position']);
    }
  });
});
