// The demo technician's way in, shared by the technician specs: the badge held on the socat
// badge reader, then the PIN typed on the keypad.
import { expect, type Page } from '@playwright/test';
import { holdBadge } from '../../../hardware/simulators/badge-holder.js';

export const TECHNICIAN_BADGE = '1234567890';
export const TECHNICIAN_PIN = '1357';

export async function signInTechnician(page: Page, badgeReader: Parameters<typeof holdBadge>[0]): Promise<void> {
  await holdBadge(badgeReader, TECHNICIAN_BADGE);
  await expect(page.getByTestId('staff-pin-screen')).toBeVisible();
  for (const digit of TECHNICIAN_PIN) await page.getByTestId(`pin-key-${digit}`).tap();
  await page.getByTestId('pin-ok').tap();
  await expect(page.getByTestId('staff-home')).toBeVisible();
}
