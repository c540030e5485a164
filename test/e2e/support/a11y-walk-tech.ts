// The technician's screens: the demo technician's badge and PIN, then every diagnostics tab,
// each waited for until its data is in (an empty panel would pass the audit for nothing).
import { expect } from '@playwright/test';
import { MRZ_SPECIMENS } from '../../../hardware/simulators/mrz-specimens.js';
import type { Walk } from './a11y-walk-citizen.js';
import { presentBadge, tabTo, typePin } from './a11y-walk-staff.js';

const TECHNICIAN = { badge: '1234567890', pin: '1357' };

/** Starts and ends on the attract screen. */
export async function walkTechnician(w: Walk): Promise<void> {
  const { page, kiosk, visit } = w;
  await expect(page.getByTestId('attract-screen')).toBeVisible();
  await presentBadge(page, kiosk, TECHNICIAN.badge);
  await typePin(page, TECHNICIAN.pin);
  await page.getByTestId('pin-ok').tap();
  await expect(page.getByTestId('tech-device').first()).toBeVisible();
  await visit('tech-devices');
  await tabTo(page, 'tech-tab-printer', 'tech-printer-bit');
  await visit('tech-printer');
  await tabTo(page, 'tech-tab-ports', 'tech-configured-port');
  await visit('tech-ports');
  await tabTo(page, 'tech-tab-console', 'tech-console');
  await page.getByTestId('tech-console-device-id-reader').tap();
  await expect(page.getByTestId('tech-console-state')).toHaveAttribute('data-open', 'true');
  await kiosk.idReader.writeMrz(MRZ_SPECIMENS['bad-check-digit'].lines, 'crlf');
  await expect(page.getByTestId('tech-console-card')).toBeVisible();
  await visit('tech-console');
  await tabTo(page, 'tech-tab-network', 'tech-office-state');
  await visit('tech-network');
  await tabTo(page, 'tech-tab-logs', 'tech-log-entry');
  await visit('tech-logs');
  await tabTo(page, 'tech-tab-software', 'tech-software-kiosk');
  await visit('tech-software');
  await tabTo(page, 'tech-tab-screen', 'touch-target');
  await visit('tech-screen');
  await tabTo(page, 'tech-tab-selftest', 'self-test-run');
  await visit('tech-selftest');
  await tabTo(page, 'tech-tab-config', 'config-idReader-path-input');
  await visit('tech-config');
  await page.getByTestId('staff-signout').tap();
  await expect(page.getByTestId('attract-screen')).toBeVisible();
}
