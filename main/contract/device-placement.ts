// Where the devices a citizen uses sit on this kiosk model: the configuration sets it per
// kiosk (kiosk.devicePlacement) and the screens point the citizen there. Imports nothing but
// zod, like the contract, so that the renderer can import it too.
//
// Sides are PHYSICAL: the kiosk's left and right as the citizen facing it sees them. They are
// never mirrored for Arabic (right-to-left) screens: the card reader does not move when the
// language changes, so neither does the arrow pointing to it.
import { z } from 'zod';

export const GUIDED_DEVICES = ['idReader', 'scanner', 'paymentTerminal', 'printerSlot'] as const;
export type GuidedDevice = (typeof GUIDED_DEVICES)[number];

export const DEVICE_SIDES = ['left', 'right', 'below-screen', 'above-screen'] as const;
export type DeviceSide = (typeof DEVICE_SIDES)[number];

/** Along a side beside the screen: top to bottom; along one below or above it: left to right. */
export const DEVICE_POSITIONS = ['top', 'middle', 'bottom', 'left', 'right'] as const;
export type DevicePosition = (typeof DEVICE_POSITIONS)[number];

const POSITIONS_OF_SIDE: Record<DeviceSide, readonly DevicePosition[]> = {
  left: ['top', 'middle', 'bottom'],
  right: ['top', 'middle', 'bottom'],
  'below-screen': ['left', 'middle', 'right'],
  'above-screen': ['left', 'middle', 'right'],
};

export function positionsOf(side: DeviceSide): readonly DevicePosition[] {
  return POSITIONS_OF_SIDE[side];
}

export const devicePlaceSchema = z
  .object({
    side: z
      .enum(DEVICE_SIDES)
      .describe("Side of the screen the device is on, as the citizen facing the kiosk sees it (physical: never mirrored on Arabic screens)"),
    position: z
      .enum(DEVICE_POSITIONS)
      .default('middle')
      .describe('Where along that side: top, middle or bottom beside the screen (left, right); left, middle or right below or above it'),
  })
  .strict()
  .refine((place) => positionsOf(place.side).includes(place.position), {
    message: 'position must be top, middle or bottom for the left and right sides, left, middle or right below or above the screen',
    path: ['position'],
  });
export type DevicePlace = z.infer<typeof devicePlaceSchema>;

/** A typical floor-standing kiosk: card reader and terminal under the screen on the right, scanner on the left, printer slot in the middle. */
export const DEFAULT_DEVICE_PLACEMENT = {
  idReader: { side: 'below-screen', position: 'right' },
  scanner: { side: 'below-screen', position: 'left' },
  paymentTerminal: { side: 'below-screen', position: 'right' },
  printerSlot: { side: 'below-screen', position: 'middle' },
} as const satisfies Record<GuidedDevice, DevicePlace>;

export const devicePlacementSchema = z.object({
  idReader: devicePlaceSchema,
  scanner: devicePlaceSchema,
  paymentTerminal: devicePlaceSchema,
  printerSlot: devicePlaceSchema,
});
export type DevicePlacement = z.infer<typeof devicePlacementSchema>;
