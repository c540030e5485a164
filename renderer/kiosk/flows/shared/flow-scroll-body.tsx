// A step's content (its facts, explanation, choices) in its own scrolling box with the shared
// cue, so that on a short screen in the largest text the step's buttons stay outside it and
// in view: the citizen never has to scroll to find the way on.
import { useRef, type ReactNode } from 'react';
import { ScrollCue } from '../../../display/scroll-cue.js';

export interface FlowScrollBodyProps {
  children: ReactNode;
  /** Extra classes for the scrolling box itself (its layout: grid, column, gaps). */
  className?: string;
  /** The step title's id: a keyboard user who reaches the box hears what it holds. */
  labelledBy: string;
  testId?: string;
  /** The box takes all the room the step leaves (tiles that stretch), rather than its content's height. */
  fill?: boolean;
}

export function FlowScrollBody({ children, className, labelledBy, testId, fill = false }: FlowScrollBodyProps) {
  const box = useRef<HTMLDivElement>(null);
  return (
    <div className={fill ? 'flow-scroll-frame flow-scroll-frame--fill' : 'flow-scroll-frame'}>
      {/* Focusable so that a keyboard can scroll it too (a scrolling region must be reachable). */}
      <div
        ref={box}
        className={className ? `flow-scroll-body ${className}` : 'flow-scroll-body'}
        role="group"
        aria-labelledby={labelledBy}
        tabIndex={0}
        data-testid={testId}
      >
        {children}
      </div>
      <ScrollCue target={box} />
    </div>
  );
}
