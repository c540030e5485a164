// A list or panel taller than its box says so: a band with an arrow over the box's edge,
// shown only while there is more below (or above) to scroll to. It sits beside the scrolling
// box (its parent is positioned), so it never adds to what scrolls.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export interface ScrollMore {
  readonly above: boolean;
  readonly below: boolean;
}

const NONE: ScrollMore = { above: false, below: false };

/**
 * Whether the box has content hidden above or below, kept up to date as it scrolls, resizes or
 * changes. `box` is the element itself (kept from a callback ref), so a list that mounts later
 * than its screen is watched too.
 */
export function useScrollMore(box: HTMLElement | null): ScrollMore {
  const [more, setMore] = useState<ScrollMore>(NONE);
  useEffect(() => {
    if (!box) {
      setMore(NONE);
      return undefined;
    }
    const measure = (sync = true) => {
      // 2 px of slack: a fractional layout leaves a pixel of "overflow" nobody can scroll to.
      const above = box.scrollTop > 2;
      const below = box.scrollTop + box.clientHeight < box.scrollHeight - 2;
      // Drawn before the frame the change shows in, not a render later: a list that has just
      // grown past its box is never on screen without its cue.
      const update = () => setMore((old) => (old.above === above && old.below === below ? old : { above, below }));
      if (sync) flushSync(update);
      else update();
    };
    // Inside React's own effect pass: a plain update.
    measure(false);
    const heard = () => measure();
    box.addEventListener('scroll', heard, { passive: true });
    // An image that arrives grows the content, not the box: heard through its load event.
    box.addEventListener('load', heard, true);
    const resized = new ResizeObserver(heard);
    const watch = () => {
      resized.disconnect();
      resized.observe(box);
      for (const child of Array.from(box.children)) resized.observe(child);
    };
    watch();
    const changed = new MutationObserver(() => {
      watch();
      heard();
    });
    changed.observe(box, { childList: true, subtree: true, characterData: true });
    return () => {
      box.removeEventListener('scroll', heard);
      box.removeEventListener('load', heard, true);
      resized.disconnect();
      changed.disconnect();
    };
  }, [box]);
  return more;
}

/**
 * Bands over the box's edges, an arrow and a fade: below while there is more below, above
 * while there is more above (a console that follows its newest line is scrolled to the end).
 * Not a control: a finger goes through it.
 */
export function ScrollCue({ more }: { more: ScrollMore }) {
  return (
    <>
      {more.above ? <Band edge="above" /> : null}
      {more.below ? <Band edge="below" /> : null}
    </>
  );
}

function Band({ edge }: { edge: 'above' | 'below' }) {
  return (
    <div className={`staff-scroll-cue staff-scroll-cue--${edge}`} data-scroll-cue={edge} data-testid="staff-scroll-cue">
      <svg className="staff-scroll-cue-arrow" viewBox="0 0 48 48" role="presentation" focusable="false">
        <path d={edge === 'below' ? 'M10 16 L24 32 L38 16' : 'M10 32 L24 16 L38 32'} fill="none" stroke="currentColor" strokeWidth="6" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </div>
  );
}
