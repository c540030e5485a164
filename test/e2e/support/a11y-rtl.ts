// Left-to-right layout leaks on an Arabic screen. The rule, and why each part catches a real
// mistake rather than a style choice:
// 1. <html> carries lang="ar" dir="rtl": without it every logical property flips the wrong way.
// 2. Every visible element computes direction: rtl, unless it sits in an LTR island: an element
//    marked dir="ltr", or a <bdi> or dir="auto" (what the citizen typed) that resolves to ltr,
//    the way numbers, codes, card masks and paths are isolated. The nearest element with an
//    explicit direction decides: a dir="auto" block that resolves to rtl (Arabic typed) or an
//    rtl key inside an LTR keypad is no island, and its left alignment or reversed row counts.
//    A stray `direction: ltr` in CSS, or a component that hard-codes dir="ltr" on a panel, fails.
// 3. An island holds no Arabic text of its own: Arabic whose nearest explicit direction is
//    dir="ltr" (a whole panel made LTR to "fix" one number) has its words and punctuation
//    reordered, and is a leak too. An rtl key inside an LTR keypad re-isolates itself: fine.
// 4. No visible text block outside an island computes text-align: left. `left` is what a
//    physical property gives (text-align: left copied from an LTR design); `start` and `right`
//    are right in Arabic, `center` is neutral.
// 5. In a row (flex row or grid) outside an island, the first item of the reading order sits to
//    the right of the next one on the same line. `flex-direction: row-reverse`, `order`, or a
//    grid placed by physical columns put the first item on the left: the citizen then reads
//    the screen backwards (Next before Back, the last choice first).
import type { Page } from '@playwright/test';

/** Leaks in words, each naming the element by its test id or tag; [] when none. */
export async function checkRtlLeaks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const html = document.documentElement;
    if (html.getAttribute('dir') !== 'rtl') problems.push(`<html dir="${html.getAttribute('dir') ?? ''}">, not rtl`);
    if (html.getAttribute('lang') !== 'ar') problems.push(`<html lang="${html.getAttribute('lang') ?? ''}">, not ar`);
    const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;
    // dir="auto" isolates what the citizen typed: digits typed in Arabic stay digits. It is an
    // island only where it resolves to ltr: a left-aligned Arabic block under dir="auto" leaks.
    const inIsland = (el: Element): boolean => {
      const owner = el.closest('[dir], bdi');
      if (!owner) return false;
      const dir = owner.getAttribute('dir');
      if (dir === 'ltr') return true;
      if (dir === 'auto' || (owner.tagName === 'BDI' && dir === null)) return getComputedStyle(owner).direction === 'ltr';
      return false;
    };
    const label = (el: Element): string => {
      const id = el.closest('[data-testid]')?.getAttribute('data-testid');
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
      return `${el.tagName.toLowerCase()}${cls}${id ? ` in ${id}` : ''}`;
    };
    const visible = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
    };
    const ownText = (el: Element): string =>
      Array.from(el.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();

    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !ARABIC.test(node.textContent ?? '') || !visible(parent)) continue;
      // The nearest explicit direction decides: an rtl key inside an LTR keypad is fine.
      const owner = parent.closest('[dir="ltr"], [dir="rtl"], bdi');
      if (owner && owner.getAttribute('dir') === 'ltr') problems.push(`LTR island ${label(owner)} holds Arabic text "${(node.textContent ?? '').trim().slice(0, 20)}"`);
    }
    let reportedDirection: Element | null = null;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (!visible(el) || inIsland(el)) continue;
      const style = getComputedStyle(el);
      if (style.direction !== 'rtl') {
        // One report per leaking subtree: its descendants inherit the same mistake.
        if (!reportedDirection || !reportedDirection.contains(el)) {
          problems.push(`${label(el)} computes direction: ${style.direction}`);
          reportedDirection = el;
        }
        continue;
      }
      if (style.textAlign === 'left' && ownText(el) !== '') problems.push(`${label(el)} has text-align: left`);
      const row =
        (style.display.includes('flex') && style.flexDirection.startsWith('row')) || style.display.includes('grid');
      if (!row) continue;
      const items = Array.from(el.children).filter((c) => {
        const s = getComputedStyle(c);
        return visible(c) && s.position !== 'absolute' && s.position !== 'fixed';
      });
      const [first, second] = items;
      if (!first || !second) continue;
      const a = first.getBoundingClientRect();
      const b = second.getBoundingClientRect();
      const sameLine = a.top < b.bottom - 1 && b.top < a.bottom - 1;
      if (sameLine && a.left + a.width / 2 < b.left + b.width / 2 - 1) problems.push(`row ${label(el)} starts on the left`);
    }
    return problems;
  });
}
