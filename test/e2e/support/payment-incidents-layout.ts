// What the clerk reads in the "Payments to check" table, as laid out: a check number, a notice
// reference or a date is never cut at one of its hyphens ("TSC-2026-" over "010987" reads as
// two references), and the tracking number sits under the state's badge, lined up with it on
// the side the line starts (the right in Arabic), not glued to its label.
import { expect, type Page } from '@playwright/test';

export async function expectPaymentRowsReadable(page: Page): Promise<void> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const CODE = /[A-Z0-9]+(?:-[A-Z0-9]+)+/g;
    for (const row of Array.from(document.querySelectorAll('[data-testid="payment-incident-row"]'))) {
      const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of (node.textContent ?? '').matchAll(CODE)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
          if (tops.size > 1) found.push(`"${m[0]}" is cut over ${tops.size} lines`);
        }
      }
      const badgeEl = row.querySelector('[data-testid="payment-incident-state"]');
      const trackingEl = row.querySelector('.payment-incident-tracking');
      if (!badgeEl || !trackingEl) continue;
      const badge = badgeEl.getBoundingClientRect();
      // The text itself (its text node), not its box: a block box spans the cell whichever side its text is on.
      const textNode = document.createTreeWalker(trackingEl, NodeFilter.SHOW_TEXT).nextNode();
      if (!textNode) continue;
      const text = document.createRange();
      text.selectNodeContents(textNode);
      const tracking = text.getBoundingClientRect();
      // Its middle, not its top: an Arabic font's tall ascent lifts the text's box a few px into the line above.
      const middle = (tracking.top + tracking.bottom) / 2;
      if (middle < badge.bottom) found.push(`tracking number beside the state badge, not under it (text middle ${Math.round(middle)}, badge bottom ${Math.round(badge.bottom)})`);
      const rtl = getComputedStyle(badgeEl.parentElement ?? badgeEl).direction === 'rtl';
      const offset = rtl ? badge.right - tracking.right : tracking.left - badge.left;
      if (Math.abs(offset) > 2) found.push(`tracking number ${Math.round(offset)} px off the badge's starting edge`);
    }
    return found;
  });
  expect(problems, 'payment rows as the clerk reads them').toEqual([]);
}
