// The one sign that a box scrolls: an arrow at its lower (or upper) edge while there is more
// to see that way, nothing when everything shows. A kiosk has no scroll bar a citizen would
// recognise, so a list or a long typed text that goes on must say so.
import { useEffect, useState, type RefObject } from 'react';

type More = 'none' | 'below' | 'above';

function moreOf(box: HTMLElement): More {
  if (box.scrollTop + box.clientHeight < box.scrollHeight - 2) return 'below';
  if (box.scrollTop > 2) return 'above';
  return 'none';
}

/** Place it as a child of the scrolling box's parent, right after the box (the parent is the positioning box). */
export function ScrollCue({ target }: { target: RefObject<HTMLElement | null> }) {
  const [more, setMore] = useState<More>('none');
  useEffect(() => {
    const box = target.current;
    if (!box) return undefined;
    const update = () => setMore(moreOf(box));
    update();
    // The box changes size with the screen and the text size; its content with what is typed.
    const resized = new ResizeObserver(update);
    resized.observe(box);
    for (const child of Array.from(box.children)) resized.observe(child);
    const changed = new MutationObserver(update);
    changed.observe(box, { childList: true, subtree: true, characterData: true });
    box.addEventListener('scroll', update, { passive: true });
    return () => {
      resized.disconnect();
      changed.disconnect();
      box.removeEventListener('scroll', update);
    };
  }, [target]);
  if (more === 'none') return null;
  return (
    <span className={`scroll-cue scroll-cue--${more}`} data-scroll-cue={more}>
      <svg viewBox="0 0 64 64" className="scroll-cue-arrow" aria-hidden="true" focusable="false">
        <path d={more === 'below' ? 'M12 22l20 20 20-20' : 'M12 42l20-20 20 20'} />
      </svg>
    </span>
  );
}
