import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluatePolicies, judge, scannerSeverities, validateAccepted, type AcceptedFinding, type Finding } from './electronegativity-check.js';

const accepted = JSON.parse(readFileSync(new URL('./electronegativity-accepted.json', import.meta.url), 'utf8')) as AcceptedFinding[];
const finding = (rule: string, file: string, severity: Finding['severity']): Finding => ({ rule, file, line: 1, severity });

describe('Electronegativity check', () => {
  it('fails on a MEDIUM or HIGH finding nobody explained, and only reports LOW ones', () => {
    const outcome = judge(
      [
        finding('SANDBOX_JS_CHECK', 'main/electron/electron-main.ts', 'MEDIUM'),
        finding('NODE_INTEGRATION_JS_CHECK', 'main/electron/other-window.ts', 'HIGH'),
        finding('BLINK_FEATURES_JS_CHECK', 'main/electron/other-window.ts', 'LOW'),
      ],
      accepted.filter((a) => a.rule === 'SANDBOX_JS_CHECK'),
    );
    expect(outcome.unexplained.map((f) => f.rule)).toEqual(['NODE_INTEGRATION_JS_CHECK']);
  });

  it('does not let an explanation for one file cover the same rule in another', () => {
    const outcome = judge([finding('SANDBOX_JS_CHECK', 'main/electron/another-window.ts', 'MEDIUM')], accepted);
    expect(outcome.unexplained).toHaveLength(1);
  });

  it('fails on an explanation that matches no finding any more', () => {
    expect(judge([], accepted).stale).toHaveLength(accepted.length);
  });

  it('keeps the checked-in explanations specific, with proof files that exist', () => {
    expect(validateAccepted(accepted)).toEqual([]);
    expect(validateAccepted([{ rule: 'SANDBOX_JS_CHECK', file: 'main/electron/electron-main.ts', reason: 'false positive', proof: ['test/unit/nowhere.test.ts'] }])).toHaveLength(2);
  });

  it("reads severities from the scanner's own checks", () => {
    const severities = scannerSeverities();
    expect(severities.get('CONTEXT_ISOLATION_JS_CHECK')).toBe('HIGH');
    expect(severities.get('SANDBOX_JS_CHECK')).toBe('MEDIUM');
    expect(severities.get('CSP_GLOBAL_CHECK')).toBe('MEDIUM');
    expect(severities.size).toBeGreaterThan(35);
  });

  it('finds no HIGH or MEDIUM weakness in the kiosk Content-Security-Policy', () => {
    expect(evaluatePolicies().filter((f) => f.blocking)).toEqual([]);
  });
});
