// Which way the guidance arrow points for a device's configured place. Screen directions are
// the kiosk's physical ones: this takes no language, because an Arabic (right-to-left) screen
// sits on the same kiosk and the card reader on its right is still on its right.
import type { DevicePlace } from '../../../main/contract/device-placement.js';

export const ARROW_DIRECTIONS = ['up', 'up-right', 'right', 'down-right', 'down', 'down-left', 'left', 'up-left'] as const;
export type ArrowDirection = (typeof ARROW_DIRECTIONS)[number];

/** Clockwise from pointing right, as SVG rotate() turns on a screen whose y grows downwards. */
const ANGLE: Record<ArrowDirection, number> = {
  right: 0,
  'down-right': 45,
  down: 90,
  'down-left': 135,
  left: 180,
  'up-left': 225,
  up: 270,
  'up-right': 315,
};

export function arrowDirectionOf(place: DevicePlace): ArrowDirection {
  switch (place.side) {
    case 'left':
      return place.position === 'top' ? 'up-left' : place.position === 'bottom' ? 'down-left' : 'left';
    case 'right':
      return place.position === 'top' ? 'up-right' : place.position === 'bottom' ? 'down-right' : 'right';
    case 'below-screen':
      return place.position === 'left' ? 'down-left' : place.position === 'right' ? 'down-right' : 'down';
    case 'above-screen':
      return place.position === 'left' ? 'up-left' : place.position === 'right' ? 'up-right' : 'up';
  }
}

export function arrowAngleOf(direction: ArrowDirection): number {
  return ANGLE[direction];
}

/** The i18n key of "below the screen, on the right" and the like, for the caption and the voice. */
export function whereKeyOf(place: DevicePlace): string {
  return `guidance.where.${place.side}.${place.position}`;
}
