// Server-side renders of the staff screens: what a clerk reads, in French and Arabic, and the
// test ids the end-to-end tests rely on.
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { JournalSummaryView, KioskApi, Language } from '../../../main/contract/kiosk-contract.js';
import { createKioskI18n } from '../../../renderer/i18n/kiosk-i18n.js';
import { AuditRow } from '../../../renderer/staff/audit/audit-row.js';
import { JournalResults } from '../../../renderer/staff/journal/journal-results.js';
import { ReprintMessage } from '../../../renderer/staff/journal/reprint-message.js';
import { PendingResultLine } from '../../../renderer/staff/pending/pending-result-line.js';
import { PinMessageLine } from '../../../renderer/staff/pin-message.js';
import { PinScreen } from '../../../renderer/staff/pin-screen.js';
import { StaffClient } from '../../../renderer/staff/staff-client.js';
import { StaffHome } from '../../../renderer/staff/staff-home.js';
import { StaffNoticeBanner } from '../../../renderer/staff/staff-notice.js';
import { SummaryTable } from '../../../renderer/staff/summary/summary-table.js';

const render = (language: Language, element: ReactElement) =>
  renderToStaticMarkup(createElement(I18nextProvider, { i18n: createKioskI18n(language) }, element));
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const api: KioskApi = { request: () => Promise.reject(new Error('not called while rendering')), on: () => () => undefined };

const ENTRY: JournalSummaryView = {
  id: 3, number: 'A-001', kind: 'ticket', service: 'civil-status', language: 'ar', createdAt: '2026-11-26T09:05:00Z',
  officeTime: '10:05', officeDay: '2026-11-26', state: 'pending', printFailure: 'paper-out', printAttempts: 1, reprintCount: 2, mayHavePrinted: false,
};

describe('PIN screen', () => {
  it('greets the clerk and lays the keypad out in phone order, left to right even in Arabic', () => {
    const html = render('ar', createElement(PinScreen, { api, attemptId: 'attempt_0123456789abcdef', displayName: 'أمينة الإدريسي', timeZone: 'Africa/Casablanca', onSignedIn: () => {}, onClose: () => {} }));
    expect(html).toContain('data-testid="staff-pin-screen"');
    expect(text(html)).toContain('أمينة الإدريسي');
    expect(html).toMatch(/class="pin-keypad" dir="ltr"/);
    const order = [...html.matchAll(/data-testid="(pin-key-[0-9a-z]+|pin-ok)"/g)].map((match) => match[1]);
    expect(order).toEqual(['pin-key-1', 'pin-key-2', 'pin-key-3', 'pin-key-4', 'pin-key-5', 'pin-key-6', 'pin-key-7', 'pin-key-8', 'pin-key-9', 'pin-key-erase', 'pin-key-0', 'pin-ok']);
    expect(html).toContain('data-testid="pin-cancel"');
    expect(html).toContain('data-testid="pin-dots"');
  });

  it('says how many tries are left, with the right plural', () => {
    const wrong = (language: Language, attemptsLeft: number) => text(render(language, createElement(PinMessageLine, { message: { kind: 'wrong', attemptsLeft } })));
    expect(wrong('fr', 1)).toContain('Code PIN erroné, encore 1 essai');
    expect(wrong('fr', 3)).toContain('encore 3 essais');
    expect(wrong('en', 4)).toContain('Wrong PIN, 4 attempts left');
    expect(wrong('ar', 2)).toContain('بقيت محاولتان');
    const locked = render('fr', createElement(PinMessageLine, { message: { kind: 'locked', untilTime: '10:15' } }));
    expect(locked).toContain('data-kind="locked"');
    expect(text(locked)).toContain('bloqué jusqu’à 10:15');
    expect(text(render('en', createElement(PinMessageLine, { message: { kind: 'expired' } })))).toContain('Badge again');
  });
});

describe('badge notices', () => {
  it('gives each badge problem its own words, with the lock end on the office clock', () => {
    const notice = (kind: 'unknown' | 'unreadable') => render('fr', createElement(StaffNoticeBanner, { notice: { kind }, timeZone: 'UTC' }));
    const locked = render('en', createElement(StaffNoticeBanner, { notice: { kind: 'locked', until: '2026-11-26T09:15:00Z' }, timeZone: 'Africa/Casablanca' }));
    expect(locked).toContain('data-testid="staff-badge-message" data-kind="locked"');
    expect(text(locked)).toContain('This badge is locked until 10:15');
    expect(text(notice('unknown'))).toContain('Badge non reconnu');
    expect(text(notice('unreadable'))).toContain('tenez-le immobile contre le lecteur');
  });
});

describe('journal results', () => {
  it('shows each receipt with its number, service, time, why it is pending and its reprints', () => {
    const html = render('fr', createElement(JournalResults, { items: [ENTRY], total: 1, hasMore: true, loadingMore: false, language: 'fr', onOpen: () => {}, onMore: () => {} }));
    expect(html).toContain('data-testid="journal-row" data-number="A-001"');
    const words = text(html);
    expect(words).toContain('Ticket de file');
    expect(words).toContain('État civil');
    expect(words).toContain('10:05');
    expect(words).toContain('Non imprimé : l’imprimante n’a plus de papier');
    expect(words).toContain('Réimprimé : 2');
    expect(html).toContain('data-testid="journal-more"');
  });

  it('says a receipt cut off by a crash may have printed and comes out as a copy, in French and Arabic', () => {
    const cut = { ...ENTRY, printFailure: null, mayHavePrinted: true };
    const fr = text(render('fr', createElement(JournalResults, { items: [cut], total: 1, hasMore: false, loadingMore: false, language: 'fr', onOpen: () => {}, onMore: () => {} })));
    expect(fr).toContain('Peut-être déjà imprimé');
    expect(fr).not.toContain('Non imprimé');
    const ar = text(render('ar', createElement(JournalResults, { items: [cut], total: 1, hasMore: false, loadingMore: false, language: 'ar', onOpen: () => {}, onMore: () => {} })));
    expect(ar).toContain('ربما طُبع');
  });

  it('asks to narrow a search past the count cap', () => {
    const html = render('en', createElement(JournalResults, { items: [], total: '10000+', hasMore: false, loadingMore: false, language: 'en', onOpen: () => {}, onMore: () => {} }));
    expect(text(html)).toContain('More than 10,000 receipts — narrow the search');
    expect(html).not.toContain('journal-more');
  });

  it('keeps receipt numbers in reading order inside Arabic', () => {
    const html = render('ar', createElement(JournalResults, { items: [ENTRY], total: 1, hasMore: false, loadingMore: false, language: 'ar', onOpen: () => {}, onMore: () => {} }));
    expect(html).toMatch(/<bdi class="journal-number" dir="ltr">A-001<\/bdi>/);
  });
});

describe('print results', () => {
  it('says which copy came out, or what to fix', () => {
    const reprint = (result: Parameters<typeof ReprintMessage>[0]['result']) => render('fr', createElement(ReprintMessage, { result }));
    expect(text(reprint({ kind: 'printed', reprintCount: 2 }))).toContain('Copie 2 imprimée');
    expect(reprint({ kind: 'not-printed', reason: 'paper-out', reprintCount: 3 })).toContain('data-kind="not-printed"');
    expect(text(reprint({ kind: 'not-printed', reason: 'paper-out', reprintCount: 3 }))).toContain('Plus de papier : chargez un rouleau, puis réimprimez');
    expect(text(reprint({ kind: 'not-printed', reason: 'cover-open', reprintCount: 3 }))).toContain('le capot de l’imprimante est ouvert');
    const pending = render('en', createElement(PendingResultLine, { result: { printed: 2, remaining: 1, stoppedBy: 'paper-out' } }));
    expect(text(pending)).toContain('2 printed, 1 still pending.');
    expect(text(pending)).toContain('Stopped because the printer is out of paper.');
  });
});

describe('summary and audit', () => {
  it('totals the day with the payments in dirhams', () => {
    const summary = {
      day: '2026-11-26',
      rows: [{ kind: 'ticket' as const, service: 'local-taxes', receipts: 12, printed: 11, pending: 1, reprints: 2 }],
      totals: { tickets: 12, receipts: 15, failedPrints: 3, pending: 1, reprints: 2 },
      payments: { count: 4, totalCentimes: 123450, incidents: 0 },
    };
    const html = render('fr', createElement(SummaryTable, { summary, language: 'fr' }));
    expect(html).toContain('data-testid="summary-table"');
    expect(html).toMatch(/data-testid="summary-total-tickets" data-value="12"/);
    // The citizen screens' money format (fr-MA groups thousands with a dot).
    expect(text(html)).toMatch(/1.234,50\sDH/);
    expect(text(render('ar', createElement(SummaryTable, { summary, language: 'ar' })))).toContain('درهم');
  });

  it('names each audit action in words', () => {
    const html = render('fr', createElement(AuditRow, { entry: { id: 1, at: '2026-11-26T09:00:00Z', officeTime: '2026-11-26 10:00', account: 'amina', displayName: 'Amina', action: 'reprint', target: 'A-001', outcome: 'printed' } }));
    expect(text(html)).toContain('Réimpression d’un reçu');
    expect(text(render('fr', createElement(AuditRow, { entry: { id: 2, at: '', officeTime: '2026-11-26 10:01', account: null, displayName: null, action: 'sign-in-refused', target: null, outcome: 'unknown' } })))).toContain('Badge inconnu');
  });
});

describe('staff home', () => {
  it('shows the clerk, the paper warning, sign out and the four tabs', () => {
    const client = new StaffClient(api, 'token_0123456789abcdef', () => {});
    const html = render('fr', createElement(StaffHome, {
      client, timeZone: 'UTC', session: { staffToken: 'token_0123456789abcdef', displayName: 'Amina Idrissi', role: 'staff', idleSeconds: 120 },
      printer: { paperNearEnd: true, problem: null }, language: 'fr', languages: ['ar', 'fr'], onLanguage: () => {}, onSignOut: () => {},
    }));
    for (const id of ['staff-home', 'staff-signout', 'paper-near-end-badge', 'staff-tab-journal', 'staff-tab-pending', 'staff-tab-summary', 'staff-tab-audit', 'journal-search', 'journal-number-field', 'journal-period-week', 'journal-service-local-taxes', 'journal-state-printed']) {
      expect(html, id).toContain(`data-testid="${id}"`);
    }
    expect(text(html)).toContain('Agent de guichet');
    expect(html).not.toMatch(/<(input|textarea)\b/);
  });
});
