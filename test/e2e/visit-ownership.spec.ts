// The visit belongs to main, not to the page. A page that reloads mid-visit (what the Electron
// shell does after a renderer crash, or a Chromium kiosk window on reload) used to leave main
// believing a citizen was being served: every staff badge was ignored and nothing on screen
// said why. A visit left with no page at all must end in main too, after the idle limits.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { holdBadge } from '../../hardware/simulators/badge-holder.js';
import { kioskTest } from './support/kiosk-fixture.js';
import type { KioskUnderTest } from './support/kiosk-under-test.js';

// The shortest limits the configuration allows: warning after 10 s, 20 s to answer it. Main
// steps in 15 s after the screen would have: 45 s with no page.
const test = kioskTest({ defaultLanguage: 'fr', idle: { warningAfterSeconds: 10, resetAfterWarningSeconds: 20, resultScreenSeconds: 8 } });
const { expect } = test;

const CLERK_BADGE = '0F00A1B2C3';

function visitEnds(kiosk: KioskUnderTest): Array<{ reason: string }> {
  const path = join(kiosk.dataDir, 'logs', 'kiosk.log');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.includes('"citizen visit ended"'))
    .map((line) => JSON.parse(line) as { reason: string });
}

async function startVisit(page: Page): Promise<void> {
  await page.getByTestId('lang-fr').tap();
  await page.getByTestId('tile-ticket').tap();
  await expect(page.getByTestId('ticket-service-screen')).toBeVisible();
}

async function badgeOpensSignIn(page: Page, kiosk: KioskUnderTest): Promise<void> {
  await holdBadge(kiosk.badgeReader, CLERK_BADGE);
  await expect(page.getByTestId('staff-pin-screen')).toBeVisible();
  await page.getByTestId('pin-cancel').tap();
  await expect(page.getByTestId('attract-screen')).toBeVisible();
}

test('a reload mid-visit ends the visit: the next staff badge opens the sign-in', async ({ kioskPage: page, kiosk }) => {
  await startVisit(page);
  await page.reload();
  await expect(page.getByTestId('attract-screen')).toBeVisible();
  await badgeOpensSignIn(page, kiosk);
  // The technician's log says why the visit ended.
  expect(visitEnds(kiosk).map((e) => e.reason)).toContain('page-loaded');
});

test('a visit left with no page ends in main after the idle limits; the badge then works', async ({ kioskPage: page, kiosk }) => {
  test.setTimeout(120_000);
  await startVisit(page);
  const endsBefore = visitEnds(kiosk).length;
  // The page goes away without a word: no session.end, no reload announcement.
  await page.goto('about:blank');
  await expect
    .poll(() => visitEnds(kiosk).slice(endsBefore).map((e) => e.reason), { timeout: 80_000, intervals: [1000] })
    .toEqual(['no-activity']);
  await page.goto(kiosk.kioskUrl);
  await expect(page.getByTestId('attract-screen')).toBeVisible();
  await badgeOpensSignIn(page, kiosk);
});
