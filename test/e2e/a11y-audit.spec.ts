// The screen audit: every screen a citizen can meet, reached through real taps, then the
// clerk's and the technician's screens (badge and PIN), in the four languages, each screen on
// the four screens an office may have (1080x1920 portrait, 1920x1080, 1280x1024, 1366x768).
// The citizen's display settings (text size, theme, low reach) follow a schedule that covers
// every pair of values. Each run: zero axe violations (WCAG 2.2 A/AA and 7:1 contrast), every
// target 64 x 64 px and 8 px from its neighbours, nothing outside the screen, no text cut or
// spilling, no page scrolling, a cue on every scrolling list, citizen text at least 24 px, and
// in Arabic no left-to-right layout leak. Each language gets one kiosk whose default it is.
import { mkdirSync, writeFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { LANGS } from './support/kiosk-fixture.js';
import { startKiosk, type KioskUnderTest } from './support/kiosk-under-test.js';
import { createAudit } from './support/a11y-screen-audit.js';
import { COMBINATIONS, LAYOUTS, pairsMissing, TEXT_SIZES, THEMES } from './support/audit-schedule.js';
import { KIOSK_VIEWPORTS } from './support/layout-checks.js';
import { splitKnown } from './support/screen-audit-known.js';
import { WALK_IDLE, WALK_PAYMENT, walkCivilStatus, walkLegalisation, walkStartAndTicket, type Walk } from './support/a11y-walk-citizen.js';
import { walkReport, walkTax, walkTracking } from './support/a11y-walk-procedures.js';
import { walkStaff } from './support/a11y-walk-staff.js';
import { walkTechnician } from './support/a11y-walk-tech.js';

const CITIZEN_SCREENS = [
  'attract', 'home', 'ticket-services', 'ticket-result', 'home-printer-out', 'ticket-print-failed', 'idle-warning',
  'privacy-notice', 'civil-identity', 'civil-identity-problem', 'keyboard-card-number', 'keyboard-date-refused',
  'civil-identity-confirm', 'civil-document-choice', 'civil-options', 'civil-summary', 'civil-result',
  'legal-choice', 'legal-checklist', 'legal-ticket',
  'report-kind', 'report-category', 'report-neighbourhood', 'report-arrondissement', 'keyboard-letters',
  'report-description', 'report-contact', 'keyboard-phone', 'report-summary', 'discard-dialog', 'report-result',
  'tax-scan', 'tax-notice-unknown', 'keyboard-reference', 'tax-notice', 'tax-payment-insert-card', 'tax-payment-cancelled', 'tax-paid',
  'tracking-scan', 'tracking-status', 'tracking-not-found',
];
const STAFF_SCREENS = [
  'staff-pin', 'staff-pin-wrong', 'staff-journal', 'staff-receipt', 'staff-pending', 'staff-payments-empty', 'staff-payments', 'staff-payments-portrait', 'staff-summary', 'staff-audit', 'staff-idle-warning',
];
const TECH_SCREENS = [
  'tech-devices', 'tech-printer', 'tech-ports', 'tech-console', 'tech-network', 'tech-logs', 'tech-software', 'tech-screen', 'tech-selftest', 'tech-config',
];
const STAFF_IDLE_SECONDS = 120;
LANGS.forEach((lang, langIndex) => {
  test(`every citizen, staff and technician screen in ${lang} passes the audit on every viewport`, async ({ page }, testInfo) => {
    // Measured at about 2 s a screen (four viewports) on two cores; the walk itself about a minute.
    test.setTimeout(600_000);
    let kiosk: KioskUnderTest | undefined;
    const audit = createAudit(page, lang, { screenshots: lang === 'ar' || lang === 'fr', langIndex });
    try {
      kiosk = await startKiosk({ defaultLanguage: lang, idle: WALK_IDLE, paymentTerminal: WALK_PAYMENT, staffIdleSeconds: STAFF_IDLE_SECONDS });
      await page.clock.install();
      await page.goto(kiosk.kioskUrl);
      const walk: Walk = { page, kiosk, lang, visit: audit.visit };

      await walkStartAndTicket(walk);
      await walkCivilStatus(walk);
      await walkLegalisation(walk);
      await walkReport(walk);
      const receiptQr = await walkTax(walk);
      await walkTracking(walk, receiptQr);
      // The citizen walk left receipts in the journal and a ticket waiting for paper.
      await walkStaff(walk, STAFF_IDLE_SECONDS);
      await walkTechnician(walk);

      expect(audit.screens).toEqual([...CITIZEN_SCREENS, ...STAFF_SCREENS, ...TECH_SCREENS]);
      // The citizen's own way to high contrast, the button, was taken where it is on screen.
      expect(audit.tappedTheme.length).toBeGreaterThan(COMBINATIONS.length);
      // Every screen on every viewport, and every pair of settings in this language's runs.
      expect(audit.runs).toHaveLength(audit.screens.length * KIOSK_VIEWPORTS.length);
      const values = { lang: [lang], viewport: KIOSK_VIEWPORTS.map((v) => v.name), textSize: TEXT_SIZES, theme: THEMES, layout: LAYOUTS };
      expect(pairsMissing(audit.runs, values)).toEqual([]);
      const { unknown, known, stale } = splitKnown(lang, audit.findings);
      if (known.length > 0) await testInfo.attach('known-findings', { body: known.join('\n'), contentType: 'text/plain' });
      expect(unknown, `accessibility findings in ${lang}`).toEqual([]);
      for (const entry of stale) testInfo.annotations.push({ type: 'known finding not seen in this run', description: entry });
    } catch (error) {
      if (kiosk) await testInfo.attach('browser-shell-output', { body: kiosk.output(), contentType: 'text/plain' });
      throw error;
    } finally {
      // The full list, for whoever fixes them: the assertion message may be cut.
      mkdirSync('test-results', { recursive: true });
      writeFileSync(`test-results/a11y-findings-${lang}.txt`, [...audit.findings, '', ...audit.durations].join('\n'));
      await kiosk?.stop();
    }
  });
});
