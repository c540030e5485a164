// "The card reader is down there, on the right": a device pictogram with an arrow moving
// towards the edge of the screen nearest that device on THIS kiosk (kiosk.devicePlacement).
// It is a picture, not a button (no border, no raised look: nothing to press), but a tap on it
// says the instruction again, then where the device is, through the kiosk's speech output.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuidedDevice } from '../../../main/contract/device-placement.js';
import { useSpeech, type SpokenText } from '../../speech/speech-control.js';
import { DEVICE_GLYPHS } from './device-glyphs.js';
import { useDevicePlacement } from './device-placement-context.js';
import { arrowAngleOf, arrowDirectionOf, whereKeyOf } from './guidance-direction.js';
import './device-guidance.css';

export interface DeviceGuidanceProps {
  device: GuidedDevice;
  /** Said first on a tap: the instruction the screen shows (a key of the locale files). */
  instruction: SpokenText;
  className?: string;
}

/** A chunky arrow pointing right, its tip short of the edge by its motion; rotated to the device's side. */
const ARROW_PATH = 'M86 52h12v-14l16 22-16 22v-14h-12Z';
/** The device is drawn 60 units wide in the 120-unit box, moved away from the arrow to make room for it. */
const GLYPH_SCALE = 60 / 64;
const GLYPH_SHIFT = 14;

function glyphTransform(angle: number): string {
  const radians = (angle * Math.PI) / 180;
  const x = Math.round((30 - GLYPH_SHIFT * Math.cos(radians)) * 100) / 100;
  const y = Math.round((30 - GLYPH_SHIFT * Math.sin(radians)) * 100) / 100;
  return `translate(${x} ${y}) scale(${GLYPH_SCALE})`;
}

export function DeviceGuidance({ device, instruction, className }: DeviceGuidanceProps) {
  const { t } = useTranslation();
  const speech = useSpeech();
  const place = useDevicePlacement()[device];
  const direction = arrowDirectionOf(place);
  const angle = arrowAngleOf(direction);
  const whereKey = whereKeyOf(place);
  const deviceKey = `guidance.devices.${device}`;
  const id = useId();
  // A tap also starts the arrow's motion over: something visible answers it when speak mode is off.
  const [taps, setTaps] = useState(0);
  const Glyph = DEVICE_GLYPHS[device];

  const onTap = () => {
    // 'label': what a tap says; Repeat keeps saying the screen's own prompt.
    speech.say([instruction, { key: deviceKey }, { key: whereKey }], 'label');
    setTaps((n) => n + 1);
  };

  return (
    <div
      role="img"
      aria-labelledby={`${id}-device ${id}-where`}
      className={className ? `device-guidance ${className}` : 'device-guidance'}
      data-testid="device-guidance"
      data-device={device}
      data-direction={direction}
      onClick={onTap}
    >
      {/* Never mirrored (no .icon-directional): it draws the kiosk itself, whatever the page's direction. */}
      <svg
        key={taps}
        viewBox="0 0 120 120"
        className="device-guidance-picture"
        aria-hidden="true"
        focusable="false"
        fill="none"
        stroke="currentColor"
        strokeWidth={4}
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <g transform={glyphTransform(angle)} className="device-guidance-glyph">
          <Glyph />
        </g>
        <g transform={`rotate(${angle} 60 60)`}>
          <path d={ARROW_PATH} className="device-guidance-arrow" data-testid="device-guidance-arrow" />
        </g>
      </svg>
      <span className="device-guidance-caption">
        <span id={`${id}-device`} className="device-guidance-device">
          {t(deviceKey)}
        </span>
        <span id={`${id}-where`} className="device-guidance-where">
          {t(whereKey)}
        </span>
      </span>
    </div>
  );
}
