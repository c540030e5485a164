// A street report as a citizen sends it from the attract screen: a waste complaint at Gauthier
// (Anfa, another arrondissement than the kiosk's), with a few letters typed as its landmark, no SMS follow-up. What happens after the
// submit tap is each test's own question.
import type { Page } from '@playwright/test';

export async function submitWasteReport(page: Page, lang: 'fr' | 'ar', letters: readonly string[]): Promise<void> {
  await page.getByTestId(`lang-${lang}`).tap();
  await page.getByTestId('tile-report').tap();
  await page.getByTestId('privacy-accept').tap();
  await page.getByTestId('report-kind-complaint').tap();
  await page.getByTestId('report-category-waste').tap();
  await page.getByTestId('report-other-arrondissement').tap();
  await page.getByTestId('place-anfa').tap();
  await page.getByTestId('place-gauthier').tap();
  await page.getByTestId('report-landmark-next').tap();
  for (const letter of letters) await page.getByTestId(`key-${letter}`).tap();
  await page.getByTestId('report-description-next').tap();
  await page.getByTestId('report-sms-no').tap();
  await page.getByTestId('report-submit').tap();
}
