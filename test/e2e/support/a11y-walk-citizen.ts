// Every citizen screen reached through real taps, in one language, in the order a day at the
// kiosk would show them: the attract screen, the ticket journey, the printer and idle notices,
// then each procedure with its keyboards and its error panels. `visit` audits each screen.
import { expect, type Page } from '@playwright/test';
import { MRZ_SPECIMENS } from '../../../hardware/simulators/mrz-specimens.js';
import type { Lang } from './kiosk-fixture.js';
import type { KioskUnderTest } from './kiosk-under-test.js';

export type Visit = (screen: string) => Promise<void>;

export interface Walk {
  page: Page;
  kiosk: KioskUnderTest;
  lang: Lang;
  visit: Visit;
}

/** Idle settings of the walking kiosk: long enough that no warning comes while audits run. */
export const WALK_IDLE = { warningAfterSeconds: 300, resetAfterWarningSeconds: 30, resultScreenSeconds: 120 };
/** The payment terminal: the insert-card step stays long enough to be audited. */
export const WALK_PAYMENT = { driver: 'mock', insertCardMs: 6000, enterPinMs: 200, approveAfterMs: 200, removeCardMs: 200 } as const;

const CNIE = MRZ_SPECIMENS['mar-cnie-td1'].lines;

export async function tapTo(page: Page, control: string, screen: string): Promise<void> {
  await page.getByTestId(control).tap();
  await expect(page.getByTestId(screen)).toBeVisible();
}

async function startSession({ page, lang }: Walk): Promise<void> {
  await expect(page.getByTestId('attract-screen')).toBeVisible();
  await tapTo(page, `lang-${lang}`, 'home-screen');
}

async function done(page: Page): Promise<void> {
  await tapTo(page, 'done-button', 'attract-screen');
}

/** Needs page.clock.install() before the page was opened: the idle warning is brought forward. */
export async function walkStartAndTicket(w: Walk): Promise<void> {
  const { page, kiosk, visit } = w;
  await expect(page.getByTestId('attract-screen')).toBeVisible();
  await visit('attract');
  await startSession(w);
  await visit('home');
  await tapTo(page, 'tile-ticket', 'ticket-service-screen');
  await visit('ticket-services');
  await tapTo(page, 'service-certified-copies', 'ticket-result-screen');
  await visit('ticket-result');
  await done(page);

  await kiosk.printer.setState('paper-out');
  await startSession(w);
  await expect(page.getByTestId('printer-notice')).toBeVisible();
  await visit('home-printer-out');
  await page.getByTestId('tile-ticket').tap();
  await tapTo(page, 'service-certified-copies', 'print-failed');
  await visit('ticket-print-failed');
  await kiosk.printer.setState('ready');
  await done(page);

  await startSession(w);
  await page.clock.runFor((WALK_IDLE.warningAfterSeconds + 1) * 1000);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  await visit('idle-warning');
  // Nobody answers the warning: the session ends and the next citizen meets the attract screen.
  await page.clock.runFor((WALK_IDLE.resetAfterWarningSeconds + 1) * 1000);
  await expect(page.getByTestId('attract-screen')).toBeVisible();
}

export async function walkCivilStatus(w: Walk): Promise<void> {
  const { page, kiosk, visit } = w;
  await startSession(w);
  await tapTo(page, 'tile-civil-status', 'privacy-notice');
  await visit('privacy-notice');
  await tapTo(page, 'privacy-accept', 'civil-identity');
  await visit('civil-identity');
  await kiosk.idReader.writeMrz(MRZ_SPECIMENS['bad-check-digit'].lines, 'crlf');
  await expect(page.getByTestId('identity-issue')).toHaveAttribute('data-issue', 'checksum');
  await visit('civil-identity-problem');

  await tapTo(page, 'civil-identity-type', 'civil-card-number');
  for (const key of ['b', 'k', '1', '2', '3', '4', '5', '6']) await page.getByTestId(`key-${key}`).tap();
  await visit('keyboard-card-number');
  await tapTo(page, 'key-done', 'civil-birth-date');
  for (const key of '31021985') await page.getByTestId(`key-${key}`).tap();
  await page.getByTestId('key-done').tap();
  await expect(page.getByTestId('keyboard-notice')).not.toBeEmpty();
  await visit('keyboard-date-refused');
  await page.getByTestId('key-clear').tap();
  for (const key of '14061985') await page.getByTestId(`key-${key}`).tap();
  await tapTo(page, 'key-done', 'identity-confirm');
  await visit('civil-identity-confirm');
  await tapTo(page, 'identity-not-me', 'civil-identity');
  await kiosk.idReader.writeMrz(CNIE, 'crlf');
  await expect(page.getByTestId('identity-confirm')).toBeVisible();

  await tapTo(page, 'identity-this-is-me', 'civil-document-choice');
  await visit('civil-document-choice');
  await tapTo(page, 'doc-birth-extract', 'civil-options');
  await page.getByTestId('copies-plus').tap();
  await visit('civil-options');
  await tapTo(page, 'civil-options-next', 'civil-summary');
  await visit('civil-summary');
  await tapTo(page, 'civil-confirm', 'civil-result');
  await visit('civil-result');
  await done(page);
}

export async function walkLegalisation(w: Walk): Promise<void> {
  const { page, visit } = w;
  await startSession(w);
  await tapTo(page, 'tile-legalisation', 'legal-choice');
  await visit('legal-choice');
  await tapTo(page, 'legal-legalisation', 'legal-checklist');
  await visit('legal-checklist');
  await tapTo(page, 'legal-take-ticket', 'ticket-result-screen');
  await visit('legal-ticket');
  await done(page);
}
