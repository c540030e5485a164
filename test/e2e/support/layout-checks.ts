// What a citizen would notice about the layout of the screen on display, whatever the screen's
// size: something outside the viewport, text cut or spilling out of its box, a page that needs
// scrolling to reach its primary action, a list that scrolls with nothing showing it does, and
// on citizen screens text under 24 px. Targets and their spacing are checked by a11y-targets.
// Findings are words naming the element, so a failure says what to fix.
import type { Page } from '@playwright/test';

export const MIN_CITIZEN_TEXT_PX = 24;

export interface LayoutCheckOptions {
  /** Citizen screens hold text to 24 px; staff and technician screens are read at arm's length by trained users. */
  readonly minTextPx?: number;
}

export async function checkLayout(page: Page, options: LayoutCheckOptions = {}): Promise<string[]> {
  return page.evaluate(({ minTextPx }) => {
    const problems: string[] = [];
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const describe = (el: Element): string => {
      const id = el.getAttribute('data-testid');
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      const label = el.getAttribute('aria-label');
      return [el.tagName.toLowerCase(), id ? `[${id}]` : '', label ? ` "${label.slice(0, 40)}"` : text ? ` "${text}"` : ''].join('');
    };
    const shown = (el: Element): boolean => {
      if (el.closest('[aria-hidden="true"], [inert], [data-layout-exempt]') !== null) return false;
      const s = getComputedStyle(el);
      if (s.visibility === 'hidden' || s.display === 'none' || Number(s.opacity) === 0) return false;
      const r = el.getBoundingClientRect();
      // A visually hidden label for screen readers is 1 px and clipped on purpose.
      return r.width > 1 && r.height > 1;
    };
    const clipsOverflow = (el: Element): boolean => {
      const s = getComputedStyle(el);
      return s.overflowX !== 'visible' || s.overflowY !== 'visible';
    };
    const scrolls = (el: Element): boolean => {
      const s = getComputedStyle(el);
      return /(auto|scroll)/.test(s.overflowY) || /(auto|scroll)/.test(s.overflowX);
    };
    // In a scrolling list, it is the list, not the viewport, that decides what shows: the list
    // is checked itself. A box that only hides its overflow cuts what sticks out: not exempt.
    const clippedByAncestor = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
        if (scrolls(p)) return true;
      }
      return false;
    };
    const hasOwnText = (el: Element): boolean =>
      Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');

    const root = document.documentElement;
    if (root.scrollWidth > vw + 1) problems.push(`the page scrolls sideways: ${root.scrollWidth} px wide on a ${vw} px screen`);
    if (root.scrollHeight > vh + 1) problems.push(`the page scrolls: ${root.scrollHeight} px tall on a ${vh} px screen`);

    const all = Array.from(document.body.querySelectorAll('*')).filter(shown);
    const interactive = 'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="tab"], [role="option"], [role="checkbox"], [role="radio"], [role="switch"]';
    for (const el of all) {
      // A box that clips (a list, a keyboard) decides what of its content shows: it is checked too.
      const worth = hasOwnText(el) || el.matches(interactive) || el.matches('svg, img, canvas') || clipsOverflow(el);
      if (!worth) continue;
      const r = el.getBoundingClientRect();
      const outside = r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1;
      // An svg inside a button is reported through its button.
      if (outside && !clippedByAncestor(el) && !(el.matches('svg, img') && el.parentElement?.closest(interactive))) {
        problems.push(`${describe(el)} is outside the ${vw}x${vh} screen (${Math.round(r.left)},${Math.round(r.top)} to ${Math.round(r.right)},${Math.round(r.bottom)})`);
      }
      if (hasOwnText(el)) {
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (minTextPx > 0 && size < minTextPx - 0.01) problems.push(`${describe(el)}: text is ${size} px (under ${minTextPx} px)`);
      }
    }
    // Text against the boxes around it: each line of text (a Range's client rects) must lie
    // within its element and every ancestor up to a scrolling list, or the text is cut or
    // spills over a border. A font whose glyphs are taller than the line height (Arabic and
    // Tifinagh fonts are) reaches past the line box by half the difference by design: that
    // much is allowed, an extra line or a word past the edge is not.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const reported = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || (node.textContent ?? '').trim() === '' || !shown(parent) || reported.has(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0) continue;
      const s = getComputedStyle(parent);
      const fontSize = parseFloat(s.fontSize);
      const lineHeight = s.lineHeight === 'normal' ? fontSize * 1.2 : parseFloat(s.lineHeight);
      const slackY = Math.max(0, (Math.max(...rects.map((r) => r.height)) - lineHeight) / 2) + 2;
      const text = {
        left: Math.min(...rects.map((r) => r.left)),
        right: Math.max(...rects.map((r) => r.right)),
        top: Math.min(...rects.map((r) => r.top)),
        bottom: Math.max(...rects.map((r) => r.bottom)),
      };
      let child: Element = parent;
      for (let box: Element | null = parent; box && box !== document.body; box = box.parentElement) {
        if (box !== parent && ['absolute', 'fixed'].includes(getComputedStyle(child).position)) break;
        const cs = getComputedStyle(box);
        if (box !== parent && scrolls(box)) break;
        if (cs.display !== 'inline' && cs.display !== 'contents') {
          const b = box.getBoundingClientRect();
          const wide = Math.max(b.left - text.left, text.right - b.right);
          const tall = Math.max(b.top - text.top, text.bottom - b.bottom);
          if (wide > 2 || tall > slackY) {
            const what = box === parent ? 'its box' : `the box of ${describe(box).split(' ')[0]}`;
            problems.push(`${describe(parent)}: text ${wide > 2 ? `${Math.round(wide)} px wider` : `${Math.round(tall)} px taller`} than ${what}`);
            reported.add(parent);
            break;
          }
        }
        child = box;
      }
    }
    // A list that scrolls says so: a cue (an arrow, a fade, "more below") marked data-scroll-cue
    // shows inside the scrolling box or beside it.
    for (const el of all) {
      if (!scrolls(el) || el === root || el === document.body) continue;
      // Only along an axis that scrolls: what a box hides sideways (overflow-x: hidden) is cut,
      // not scrolled, and the text check above reports it.
      const s = getComputedStyle(el);
      const overflowing =
        (/(auto|scroll)/.test(s.overflowY) && el.scrollHeight > el.clientHeight + 2) ||
        (/(auto|scroll)/.test(s.overflowX) && el.scrollWidth > el.clientWidth + 2);
      if (!overflowing) continue;
      const cue = el.querySelector('[data-scroll-cue]') ?? el.parentElement?.querySelector(':scope > [data-scroll-cue]');
      if (!cue || !shown(cue)) problems.push(`${describe(el)} scrolls with no visible scroll cue`);
    }
    return problems;
  }, { minTextPx: options.minTextPx ?? 0 });
}

/** The four screens a district office may have. */
export const KIOSK_VIEWPORTS = [
  { name: '1080x1920', width: 1080, height: 1920 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1280x1024', width: 1280, height: 1024 },
  { name: '1366x768', width: 1366, height: 768 },
] as const;
export type KioskViewport = (typeof KIOSK_VIEWPORTS)[number];
