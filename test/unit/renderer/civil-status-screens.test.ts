// Server-side renders of the privacy notice and the identity and summary screens: what the
// citizen reads, in French and Arabic, without a browser.
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { IdentityView, KioskApi, Language } from '../../../main/contract/kiosk-contract.js';
import { createKioskI18n } from '../../../renderer/i18n/kiosk-i18n.js';
import { CivilSummary } from '../../../renderer/kiosk/flows/civil-status/civil-summary.js';
import { IdentityConfirm } from '../../../renderer/kiosk/flows/shared/identity-confirm.js';
import { IdentityInsertCard } from '../../../renderer/kiosk/flows/shared/identity-insert-card.js';
import type { IdentityIssue } from '../../../renderer/kiosk/flows/shared/identity-issue-message.js';
import { PrivacyNotice } from '../../../renderer/kiosk/flows/shared/privacy-notice.js';

const render = (language: Language, element: ReactElement) =>
  renderToStaticMarkup(createElement(I18nextProvider, { i18n: createKioskI18n(language) }, element));
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const IDENTITY: IdentityView = {
  method: 'mrz',
  documentKind: 'id-card',
  maskedNumber: '•••• 3456',
  surname: 'BENALI',
  givenNames: 'FATIMA ZAHRA',
  birthDate: '1985-06-14',
};

const api: KioskApi = {
  request: () => Promise.reject(new Error('not called while rendering')),
  on: () => () => undefined,
};

const ISSUES: IdentityIssue[] = ['checksum', 'partial', 'garbled', 'expired', 'unsupported', 'invalid-card-number', 'invalid-birth-date', 'unavailable'];

describe('privacy notice', () => {
  for (const language of ['fr', 'ar'] as const) {
    it(`names the purpose, the controller, the rights, law 09-08 and the CNDP (${language})`, () => {
      const props = { api, sessionId: '00000000-0000-4000-8000-000000000000', officeName: 'Arrondissement Sidi Moumen', onAccepted: () => {}, onDeclined: () => {} };
      const civil = text(render(language, createElement(PrivacyNotice, { ...props, purpose: 'civil-status' })));
      const report = text(render(language, createElement(PrivacyNotice, { ...props, purpose: 'report' })));
      expect(civil).toContain('Arrondissement Sidi Moumen');
      expect(civil).toContain('09-08');
      expect(civil).toContain('CNDP');
      expect(civil).not.toMatch(/privacy\.\w/);
      // Each procedure says what it collects.
      expect(civil).not.toEqual(report);
    });
  }

  it('has the two buttons the flows and tests rely on', () => {
    const html = render('fr', createElement(PrivacyNotice, { api, sessionId: 'x', purpose: 'report', onAccepted: () => {}, onDeclined: () => {} }));
    expect(html).toContain('data-testid="privacy-accept"');
    expect(html).toContain('data-testid="privacy-decline"');
    expect(text(html)).toContain('J’accepte');
  });
});

describe('identity screens', () => {
  for (const language of ['fr', 'ar'] as const) {
    it(`gives every card problem its own advice (${language})`, () => {
      const messages = ISSUES.map((issue) => text(render(language, createElement(IdentityInsertCard, { issue, onType: () => {} }))));
      expect(new Set(messages).size).toBe(ISSUES.length);
      for (const message of messages) expect(message).not.toMatch(/civil-status\.\w/);
    });
  }

  it('tells a citizen with a passport upside down to turn it over', () => {
    expect(text(render('fr', createElement(IdentityInsertCard, { issue: 'partial', onType: () => {} })))).toMatch(/retournez-le/);
    expect(text(render('ar', createElement(IdentityInsertCard, { issue: 'partial', onType: () => {} })))).toMatch(/اقلبه/);
  });

  it('shows the identity masked, with the birth date in words', () => {
    const html = text(render('fr', createElement(IdentityConfirm, { identity: IDENTITY, language: 'fr', onConfirm: () => {}, onReject: () => {} })));
    expect(html).toContain('•••• 3456');
    expect(html).toContain('FATIMA ZAHRA BENALI');
    expect(html).toContain('14 juin 1985');
  });
});

describe('summary', () => {
  it('shows the fee for all copies and keeps Confirm as Try again after a network problem', () => {
    const props = {
      document: 'birth-extract' as const,
      copies: 3,
      documentLanguage: 'fr' as const,
      identity: IDENTITY,
      feePerCopyCentimes: 2000,
      language: 'fr' as const,
      issue: null,
      onConfirm: () => {},
      onRetryAfterIssue: () => {},
    };
    const fresh = render('fr', createElement(CivilSummary, props));
    expect(text(fresh)).toMatch(/60,00\sDH/);
    expect(fresh).toContain('data-testid="civil-confirm"');
    const offline = render('fr', createElement(CivilSummary, { ...props, issue: 'unavailable' }));
    expect(offline).toContain('data-issue="unavailable"');
    expect(text(offline)).toContain('Réessayer');
    const lostIdentity = render('fr', createElement(CivilSummary, { ...props, issue: 'identity-required' }));
    expect(lostIdentity).toContain('data-testid="civil-issue-continue"');
  });
});
