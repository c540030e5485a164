// A technician moves the ID reader to another port from the Configuration tab, without a
// restart: a second socat pseudo-terminal stands for the reader plugged into another socket,
// and a citizen's card written on it is read by the civil-status journey right after.
import { dirname } from 'node:path';
import { readFileSync } from 'node:fs';
import { MRZ_SPECIMENS } from '../../hardware/simulators/mrz-specimens.js';
import { SerialDeviceSimulator } from '../../hardware/simulators/serial-device-simulator.js';
import { kioskTest } from './support/kiosk-fixture.js';
import { signInTechnician } from './support/technician-sign-in.js';
import { checkScreen } from './support/screen-checks.js';

const test = kioskTest();
const { expect } = test;

test('the ID reader moved to another port reads the next citizen’s card, without a restart', async ({ kioskPage: page, kiosk }) => {
  const second = await SerialDeviceSimulator.start({ dir: dirname(kiosk.idReader.devicePath), name: 'id-reader-moved' });
  try {
    await signInTechnician(page, kiosk.badgeReader);
    await page.getByTestId('tech-tab-config').tap();
    await expect(page.getByTestId('tech-config')).toBeVisible();
    const path = page.getByTestId('config-idReader-path-input');
    await expect(path).toHaveValue(kiosk.idReader.devicePath);

    // A wrong value typed on the technician keys: refused, under its own field, nothing changed.
    await page.getByTestId('config-idReader-baudRate-edit').tap();
    await page.getByTestId('config-key-clear').tap();
    for (const key of '1234') await page.locator(`[data-testid="config-keys"] [data-key="${key}"]`).tap();
    await page.getByTestId('config-key-done').tap();
    await page.getByTestId('config-apply').tap();
    await expect(page.getByTestId('config-result')).toHaveAttribute('data-kind', 'refused');
    const problem = page.getByTestId('config-idReader-baudRate').getByTestId('config-problem');
    await expect(problem).toContainText('must be a standard baud rate');
    await checkScreen(page);
    await page.screenshot({ path: 'test-results/screenshots/tech-ar-config-refused.png', fullPage: true });
    await page.getByTestId('config-reset').tap();

    // The new path, typed on the keys where it can be (the end of the path), then applied.
    await page.getByTestId('lang-fr').tap();
    await page.getByTestId('config-idReader-path-edit').tap();
    await expect(page.getByTestId('config-keys')).toBeVisible();
    await checkScreen(page);
    await page.screenshot({ path: 'test-results/screenshots/tech-fr-config-keys.png' });
    await path.fill(`${dirname(second.devicePath)}/`);
    for (const key of 'id-reader-moved') await page.locator(`[data-testid="config-keys"] [data-key="${key}"]`).first().tap();
    await expect(path).toHaveValue(second.devicePath);
    await page.getByTestId('config-key-done').tap();
    await page.getByTestId('config-apply').tap();
    await expect(page.getByTestId('config-result')).toHaveAttribute('data-kind', 'applied');
    const outcome = page.locator('[data-testid="config-outcome"][data-device="id-reader"]');
    await expect(outcome).toHaveAttribute('data-outcome', 'reopened');
    await expect(outcome).toHaveAttribute('data-state', 'ready');
    await expect(page.locator('[data-testid="config-outcome"]')).toHaveCount(1);
    await checkScreen(page);
    await page.screenshot({ path: 'test-results/screenshots/tech-fr-config-applied.png', fullPage: true });
    // Saved for the next start too.
    const saved = JSON.parse(readFileSync((await page.getByTestId('config-file').textContent()) ?? '', 'utf8')) as {
      hardware: { idReader: { path: string } };
    };
    expect(saved.hardware.idReader.path).toBe(second.devicePath);
    await page.getByTestId('staff-signout').tap();

    // A citizen: the card goes into the reader now on the second port.
    await expect(page.getByTestId('attract-screen')).toBeVisible();
    await page.getByTestId('lang-fr').tap();
    await page.getByTestId('tile-civil-status').tap();
    await page.getByTestId('privacy-accept').tap();
    await expect(page.getByTestId('civil-identity')).toBeVisible();
    await second.writeMrz(MRZ_SPECIMENS['mar-cnie-td1'].lines, 'crlf');
    await expect(page.getByTestId('identity-confirm')).toBeVisible();
    await expect(page.getByTestId('identity-name')).toHaveText('FATIMA ZAHRA BENALI');
  } finally {
    await second.stop();
  }
});
