// Pictograms for the display buttons, drawn to be understood without reading: letters that
// grow, a half-black half-white disc, a wheelchair with an arrow pointing down.
import type { TextSize } from './display-preferences.js';
import { TEXT_SIZES } from './display-preferences.js';

interface IconProps {
  className?: string;
}

/** Three growing "A"s over three squares; as many squares are filled as the size is large. */
export function TextSizeIcon({ className, size }: IconProps & { size: TextSize }) {
  const level = TEXT_SIZES.indexOf(size);
  const letters = [
    { x: 4, h: 14, w: 10 },
    { x: 18, h: 22, w: 15 },
    { x: 37, h: 32, w: 23 },
  ];
  return (
    <svg className={className} viewBox="0 0 64 56" aria-hidden="true" focusable="false">
      {letters.map(({ x, h, w }) => (
        <path
          key={x}
          d={`M${x} 38 L${x + w / 2} ${38 - h} L${x + w} 38 M${x + w * 0.22} ${38 - h * 0.36} H${x + w * 0.78}`}
          fill="none"
          stroke="currentColor"
          strokeWidth={2 + h / 10}
          strokeLinejoin="round"
        />
      ))}
      {TEXT_SIZES.map((step, index) => (
        <rect
          key={step}
          x={8 + index * 18}
          y={44}
          width={12}
          height={10}
          rx={2}
          fill={index <= level ? 'currentColor' : 'none'}
          stroke="currentColor"
          strokeWidth={2.5}
        />
      ))}
    </svg>
  );
}

/** Half black, half white whatever the theme: the universal contrast sign. */
export function ContrastIcon({ className }: IconProps) {
  return (
    <svg className={className} viewBox="0 0 56 56" aria-hidden="true" focusable="false">
      <circle cx="28" cy="28" r="24" fill="#ffffff" />
      <path d="M28 4 A24 24 0 0 0 28 52 Z" fill="#000000" />
      <circle cx="28" cy="28" r="24" fill="none" stroke="currentColor" strokeWidth="4" />
    </svg>
  );
}

export function LowReachIcon({ className }: IconProps) {
  return (
    <svg className={className} viewBox="0 0 64 56" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="4" strokeLinecap="round" strokeLinejoin="round">
        <circle cx="17" cy="38" r="13" />
        <path d="M15 14 V29 H29 L34 44" />
        <path d="M15 21 H26" />
        <path d="M52 8 V44 M43 35 L52 46 L61 35" />
      </g>
      <circle cx="15" cy="7" r="5" fill="currentColor" />
    </svg>
  );
}
