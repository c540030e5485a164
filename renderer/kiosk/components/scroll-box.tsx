// A screen's content (its facts, rows, choices) in its own scrolling box with the shared cue, so
// that on a short screen in the largest text the screen's buttons stay outside it and in view.
import { useRef, type ReactNode } from 'react';
import { ScrollCue } from '../../display/scroll-cue.js';

export interface ScrollBoxProps {
  children: ReactNode;
  /** Classes for the frame (it takes the content's place in the screen's layout). */
  frameClassName?: string;
  /** Classes for the scrolling box itself (its layout: grid, column, gaps). */
  className?: string;
  /** What the box holds, said to a keyboard user who reaches it. */
  labelledBy: string;
}

export function ScrollBox({ children, frameClassName, className, labelledBy }: ScrollBoxProps) {
  const box = useRef<HTMLDivElement>(null);
  return (
    <div className={frameClassName ? `scroll-box-frame ${frameClassName}` : 'scroll-box-frame'}>
      {/* Focusable so that a keyboard can scroll it too (a scrolling region must be reachable). */}
      <div ref={box} className={className ? `scroll-box ${className}` : 'scroll-box'} role="group" aria-labelledby={labelledBy} tabIndex={0}>
        {children}
      </div>
      <ScrollCue target={box} />
    </div>
  );
}
