// Target size and spacing for a kiosk (WCAG 2.5.5/2.5.8 raised to the bar of ACCESSIBILITY.md):
// every visible interactive element at least 64 x 64 CSS px, and its box at least 8 px from the
// box of every other interactive element, so a shaky finger cannot hit the neighbour.
import type { Page } from '@playwright/test';

export const MIN_TARGET_PX = 64;
export const MIN_SPACING_PX = 8;

const INTERACTIVE = [
  'button',
  'a[href]',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  '[role="button"]',
  '[role="tab"]',
  '[role="option"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[role="switch"]',
  '[role="link"]',
].join(', ');

/** Problems in words ("target "x" is 60x40", "targets "a" and "b" are 4 px apart"); [] when none. */
export async function checkTargets(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ selector, minSize, minGap }) => {
      const problems: string[] = [];
      const name = (el: Element): string =>
        el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 30);
      // Under a modal backdrop a control cannot be touched: the finger lands on the backdrop.
      const onTop = (el: Element, r: DOMRect): boolean => {
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit !== null && (hit === el || el.contains(hit));
      };
      // Visible and reachable by a finger: hidden, inert and aria-hidden parts are not on offer.
      const offered = (el: Element): boolean => {
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        return (
          r.width > 0 &&
          r.height > 0 &&
          s.visibility !== 'hidden' &&
          s.pointerEvents !== 'none' &&
          el.closest('[inert], [aria-hidden="true"]') === null &&
          onTop(el, r)
        );
      };
      const all = Array.from(document.querySelectorAll(selector)).filter(offered);
      // A control inside another (a checkbox role on a label wrapping an input) is one target.
      const targets = all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
      // The part of a target a finger can reach: a tile half scrolled out of a list is cut by
      // the list's edge, and its hidden half cannot be touched by mistake either.
      const reachable = (el: Element): DOMRect => {
        let r = el.getBoundingClientRect();
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          const s = getComputedStyle(p);
          if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
          const c = p.getBoundingClientRect();
          const left = Math.max(r.left, c.left);
          const top = Math.max(r.top, c.top);
          r = new DOMRect(left, top, Math.max(0, Math.min(r.right, c.right) - left), Math.max(0, Math.min(r.bottom, c.bottom) - top));
        }
        return r;
      };
      const boxes = targets.map((el) => ({ el, r: el.getBoundingClientRect(), touchable: reachable(el) }));
      for (const { el, r } of boxes) {
        if (r.width < minSize - 0.5 || r.height < minSize - 0.5) problems.push(`target "${name(el)}" is ${Math.round(r.width)}x${Math.round(r.height)} px`);
      }
      for (let i = 0; i < boxes.length; i += 1) {
        for (let j = i + 1; j < boxes.length; j += 1) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          if (a.touchable.width === 0 || a.touchable.height === 0 || b.touchable.width === 0 || b.touchable.height === 0) continue;
          const gapX = Math.max(0, a.touchable.left - b.touchable.right, b.touchable.left - a.touchable.right);
          const gapY = Math.max(0, a.touchable.top - b.touchable.bottom, b.touchable.top - a.touchable.bottom);
          // The shortest distance between the two boxes (corner to corner when diagonal).
          const gap = Math.hypot(gapX, gapY);
          if (gap < minGap - 0.5) problems.push(`targets "${name(a.el)}" and "${name(b.el)}" are ${gap.toFixed(1)} px apart`);
        }
      }
      return problems;
    },
    { selector: INTERACTIVE, minSize: MIN_TARGET_PX, minGap: MIN_SPACING_PX },
  );
}
