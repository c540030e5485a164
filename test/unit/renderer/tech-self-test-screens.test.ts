// The Self-test and Screen tabs rendered server-side, and the touch grid's record: what a
// technician reads after a run (verdicts in words and marks, printed or not and why, the file)
// and what the grid sends with the next run.
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Language, SelfTestRunResult } from '../../../main/contract/kiosk-contract.js';
import { createKioskI18n } from '../../../renderer/i18n/kiosk-i18n.js';
import { ScreenTestStore, touchForSelfTest } from '../../../renderer/tech/screen-test-results.js';
import { SelfTestView, type SelfTestRun } from '../../../renderer/tech/self-test-screen.js';
import { TouchGrid } from '../../../renderer/tech/touch-grid.js';
import { emptyTouchGrid, hitTarget, missTarget, targetsHit } from '../../../renderer/tech/touch-grid-state.js';

const render = (language: Language, element: ReactElement) =>
  renderToStaticMarkup(createElement(I18nextProvider, { i18n: createKioskI18n(language) }, element));
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const noop = () => {};

const failedPrinter: SelfTestRunResult = {
  report: {
    format: 'borne-self-test/1',
    kioskId: 'KHM01',
    office: 'Arrondissement Sidi Moumen',
    startedAt: '2026-11-26T10:00:00.000Z',
    finishedAt: '2026-11-26T10:00:04.000Z',
    technician: 'tech-01',
    overall: 'fail',
    checks: [
      { id: 'database', kind: 'database', name: 'Database integrity', verdict: 'pass', detail: 'PRAGMA quick_check: ok', durationMs: 4.2 },
      { id: 'device:printer', kind: 'device', subject: 'printer', name: 'Device printer (escpos)', verdict: 'fail', detail: 'offline: connection refused', finding: { code: 'deviceState', params: { state: 'offline' } }, durationMs: 0.1 },
      { id: 'touch', kind: 'touch', name: 'Touch grid', verdict: 'warn', detail: 'the touch grid was not run', durationMs: 0 },
    ],
  },
  saved: { kind: 'saved', fileName: 'self-test-KHM01-2026-11-26-110004.json', directory: '/media/usb' },
  printed: { kind: 'not-printed', reason: 'printer-failed', detail: 'offline: connection refused' },
};

const done = (result: SelfTestRunResult): SelfTestRun => ({ kind: 'done', result });

describe('self-test screen', () => {
  it('lists the failed printer first, says the report was saved but not printed and why (fr)', () => {
    const html = render('fr', createElement(SelfTestView, { run: done(failedPrinter), onRun: noop, timeZone: 'Africa/Casablanca' }));
    expect(html).toMatch(/data-testid="self-test-overall" data-verdict="fail"/);
    const checks = [...html.matchAll(/data-testid="self-test-check" data-id="([^"]+)" data-verdict="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(checks).toEqual([
      ['device:printer', 'fail'],
      ['touch', 'warn'],
      ['database', 'pass'],
    ]);
    expect(html).toMatch(/data-testid="self-test-printed" data-kind="not-printed" data-reason="printer-failed"/);
    expect(html).toContain('data-file="self-test-KHM01-2026-11-26-110004.json"');
    const words = text(html);
    expect(words).toContain('Non imprimé : c’est l’imprimante qui est en échec');
    expect(words).toContain('Enregistré sous self-test-KHM01-2026-11-26-110004.json');
    expect(words).toContain('Imprimante de reçus');
    expect(words).toContain('ÉCHEC');
    // main's finding in French; its English only as the labelled technical detail.
    expect(words).toContain('État : Ne répond pas');
    expect(words).toContain('Détail technique (en anglais) : offline: connection refused');
    expect(words).toContain('4 ms');
    // The verdict's mark has a shape of its own, not only a colour.
    expect(words).toContain('✕');
  });

  it('speaks Arabic, keeps driver words and file names left-to-right, and says "printed" when it was', () => {
    const printed: SelfTestRunResult = { ...failedPrinter, printed: { kind: 'printed' } };
    const html = render('ar', createElement(SelfTestView, { run: done(printed), onRun: noop, timeZone: 'Africa/Casablanca' }));
    expect(html).toMatch(/data-testid="self-test-printed" data-kind="printed"/);
    expect(text(html)).toContain('طُبع');
    expect(html).toContain('lang="en" dir="ltr">offline: connection refused</span>');
  });

  it('shows progress while running, with the button disabled', () => {
    const html = render('fr', createElement(SelfTestView, { run: { kind: 'running' }, onRun: noop, timeZone: 'Africa/Casablanca' }));
    expect(html).toContain('data-testid="self-test-running"');
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*data-testid="self-test-run"|<button[^>]*data-testid="self-test-run"[^>]*disabled=""/);
  });
});

describe('touch grid', () => {
  it('counts hits per target and misses, and sends how many targets were touched', () => {
    let grid = emptyTouchGrid();
    expect(touchForSelfTest(grid)).toBeUndefined();
    grid = hitTarget(hitTarget(hitTarget(grid, 0), 0), 5);
    grid = missTarget(grid);
    // A touch outside the grid's targets is not a target.
    grid = hitTarget(grid, 99);
    expect(grid.hitsPerTarget[0]).toBe(2);
    expect(targetsHit(grid)).toBe(2);
    expect(touchForSelfTest(grid)).toEqual({ targets: 24, hits: 2, misses: 1 });
  });

  it('keeps the results for the session whichever tab is open, and tells listeners', () => {
    const store = new ScreenTestStore();
    let told = 0;
    store.subscribe(() => (told += 1));
    store.update({ audio: 'heard', touch: missTarget(emptyTouchGrid()) });
    expect(told).toBe(1);
    expect(store.get().audio).toBe('heard');
    expect(store.get().touch.misses).toBe(1);
  });

  it('draws 24 targets with their counts, and the totals (fr)', () => {
    const grid = hitTarget(missTarget(emptyTouchGrid()), 3);
    const html = render('fr', createElement(TouchGrid, { grid, onHit: noop, onMiss: noop, onReset: noop }));
    expect([...html.matchAll(/data-testid="touch-target"/g)]).toHaveLength(24);
    expect(html).toMatch(/data-target-index="3" data-hits="1"/);
    expect(html).toMatch(/data-testid="touch-hits" data-value="1"/);
    expect(html).toMatch(/data-testid="touch-misses" data-value="1"/);
    expect(text(html)).toContain('Cibles touchées');
  });
});
