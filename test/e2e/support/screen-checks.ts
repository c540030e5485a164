import { expect, type Page } from '@playwright/test';

/** What a citizen would notice on any screen: text too small, targets too small, clipping. */
export async function checkScreen(page: Page): Promise<void> {
  const report = await page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) problems.push(`horizontal overflow ${root.scrollWidth} > ${root.clientWidth}`);
    const visible = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
    };
    const name = (el: Element): string => el.getAttribute('data-testid') ?? (el.textContent ?? '').trim().slice(0, 30);
    for (const el of Array.from(document.querySelectorAll('button, [role="button"], a[href], input, select'))) {
      if (!visible(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 64 || r.height < 64) problems.push(`target "${name(el)}" is ${Math.round(r.width)}x${Math.round(r.height)}`);
      if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1) problems.push(`target "${name(el)}" is off screen`);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent || !visible(parent)) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 24) problems.push(`text "${text.slice(0, 30)}" is ${size}px`);
    }
    return problems;
  });
  expect(report, 'screen problems').toEqual([]);
}
