// The invisible zone of the hidden gesture. It sits where the attract screen shows nothing
// to tap, and only listens: the page's own buttons keep every tap they get.
import { useEffect, useRef } from 'react';
import { CornerTapCounter } from './corner-gesture.js';
import './tech-corner.css';

export function TechCorner({ onGesture }: { onGesture: () => void }) {
  const zone = useRef<HTMLDivElement>(null);
  const latest = useRef(onGesture);
  useEffect(() => {
    latest.current = onGesture;
  }, [onGesture]);

  useEffect(() => {
    const counter = new CornerTapCounter();
    // One listener for the whole page: a tap outside the zone must reset the count too.
    const onPointerDown = (event: PointerEvent) => {
      const inCorner = event.target instanceof Node && zone.current?.contains(event.target) === true;
      if (counter.tap(inCorner, event.timeStamp)) latest.current();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, []);

  return <div ref={zone} className="tech-corner" data-testid="tech-corner" aria-hidden="true" />;
}
