// The limits of a staff session. Five wrong PINs lock the badge: the keypad says how many
// tries are left, then that the badge is locked; the right PIN is refused while it is, and
// the badge is refused at the reader too (its own kiosk: the lock outlives the test). A clerk
// who walks away is signed out by the idle limit, after a warning that one tap dismisses.
import { holdBadge } from '../../hardware/simulators/badge-holder.js';
import { kioskTest, expectLanguage } from './support/kiosk-fixture.js';
import { checkScreen } from './support/screen-checks.js';

// 25 s: the warning comes 20 s before the end, so after 5 s without a tap, time enough for
// the lock test's taps after its sign-in.
const test = kioskTest({ defaultLanguage: 'ar', staffIdleSeconds: 25 });
const { expect } = test;

const CLERK_BADGE = '0F00A1B2C3';

test('five wrong PINs lock the badge: the keypad closes and the badge is refused at the reader (ar)', async ({ kioskPage: page, kiosk }) => {
  await expectLanguage(page, 'ar');
  await holdBadge(kiosk.badgeReader, CLERK_BADGE);
  await expect(page.getByTestId('staff-pin-screen')).toBeVisible();
  const message = page.getByTestId('pin-message');
  const said: string[] = [];
  for (let attempt = 1; attempt <= 4; attempt++) {
    for (const digit of '1111') await page.getByTestId(`pin-key-${digit}`).tap();
    await page.getByTestId('pin-ok').tap();
    await expect(message).toHaveAttribute('data-kind', 'wrong');
    // Each try tells a new count of tries left (Arabic says two and one in words: dual, singular).
    await expect(message).not.toHaveText(said.at(-1) ?? '');
    said.push((await message.textContent()) ?? '');
    if (attempt === 1) {
      await expect(message).toContainText('4');
      await checkScreen(page);
      await page.screenshot({ path: 'test-results/screenshots/staff-pin-wrong-ar.png' });
    }
  }
  for (const digit of '1111') await page.getByTestId(`pin-key-${digit}`).tap();
  await page.getByTestId('pin-ok').tap();
  await expect(message).toHaveAttribute('data-kind', 'locked');
  await page.screenshot({ path: 'test-results/screenshots/staff-pin-locked-ar.png' });

  // Nothing more can be typed: the keypad is off, only Cancel is left.
  for (const digit of '2468') await expect(page.getByTestId(`pin-key-${digit}`)).toBeDisabled();
  await page.getByTestId('pin-cancel').tap();
  await expect(page.getByTestId('attract-screen')).toBeVisible();
  await holdBadge(kiosk.badgeReader, CLERK_BADGE);
  await expect(page.getByTestId('staff-badge-message')).toHaveAttribute('data-kind', 'locked');
  await expect(page.getByTestId('staff-pin-screen')).toHaveCount(0);

  // Another clerk's badge still works.
  await holdBadge(kiosk.badgeReader, '1234567890');
  await expect(page.getByTestId('staff-pin-screen')).toBeVisible();
  for (const digit of '1357') await page.getByTestId(`pin-key-${digit}`).tap();
  await page.getByTestId('pin-ok').tap();
  await expect(page.getByTestId('staff-home')).toBeVisible();
  await page.getByTestId('staff-tab-audit').tap();
  // The refusals are in the trail, with the account they were for.
  await expect(page.getByTestId('audit-row').filter({ hasText: 'Demo clerk' })).not.toHaveCount(0);
  await page.getByTestId('staff-signout').tap();
  await expect(page.getByTestId('attract-screen')).toBeVisible();
});

test.describe('idle limit', () => {
  // Its own kiosk, 21 s: the warning still comes the real 20 s before the end, after 1 s
  // without a tap rather than 5, which is all the test waits for besides those 20 s.
  const idleTest = kioskTest({ staffIdleSeconds: 21 });

  idleTest('a clerk who walks away is signed out after a warning', async ({ kioskPage: page, kiosk }) => {
    await holdBadge(kiosk.badgeReader, '1234567890');
    await expect(page.getByTestId('staff-pin-screen')).toBeVisible();
    for (const digit of '1357') await page.getByTestId(`pin-key-${digit}`).tap();
    await page.getByTestId('pin-ok').tap();
    await expect(page.getByTestId('staff-home')).toBeVisible();

    const warning = page.getByTestId('staff-idle-warning');
    await expect(warning).toBeVisible({ timeout: 15_000 });
    await checkScreen(page);
    await page.getByTestId('staff-idle-continue').tap();
    await expect(warning).toHaveCount(0);
    await expect(page.getByTestId('staff-home')).toBeVisible();

    // Nobody touches the screen any more: warned again, then back to the attract screen.
    await expect(warning).toBeVisible({ timeout: 15_000 });
    await expect(page.getByTestId('attract-screen')).toBeVisible({ timeout: 40_000 });
    await expect(page.getByTestId('staff-home')).toHaveCount(0);
  });
});
