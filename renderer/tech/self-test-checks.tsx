// The self-test's checks, problems first: each with a mark whose shape says the verdict
// (tick, exclamation, cross) beside the verdict in words, the check's name, what was found in
// the screen's language (main's code and values), main's English as the technical detail, and
// how long it took.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SelfTestCheck, SelfTestFinding, SelfTestVerdict } from '../../main/contract/kiosk-contract.js';
import { ageInUnits, officeTimeOfDay } from './tech-format.js';
import { formatMeasure, formatNumber } from '../i18n/locale-format.js';
import { TechnicalDetail } from './technical-detail.js';

const MARKS: Record<SelfTestVerdict, string> = { pass: '✓', warn: '!', fail: '✕' };
const RANK: Record<SelfTestVerdict, number> = { fail: 0, warn: 1, pass: 2 };

export function VerdictMark({ verdict }: { verdict: SelfTestVerdict }) {
  return (
    <span className={`self-test-mark self-test-mark--${verdict}`} aria-hidden="true">
      {MARKS[verdict]}
    </span>
  );
}

/** Main's values as the sentence needs them: states and causes in words, numbers in the language's format. */
export function findingWords(finding: SelfTestFinding, t: TFunction, language: string, timeZone: string): string {
  const p = finding.params ?? {};
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(p)) values[name] = typeof value === 'number' ? formatNumber(value, language) : value;
  if (typeof p['state'] === 'string') values['state'] = t(`tech.states.${p['state']}`);
  if (typeof p['reason'] === 'string') values['reason'] = t(`tech-self-test.notPrintedReasons.${p['reason']}`);
  if (typeof p['at'] === 'string') values['time'] = officeTimeOfDay(p['at'], timeZone);
  if (typeof p['ms'] === 'number') values['duration'] = formatMeasure(p['ms'], 'millisecond', language, 0);
  if (typeof p['seconds'] === 'number' && finding.code === 'checkTimedOut') values['duration'] = formatMeasure(p['seconds'], 'second', language, 0);
  if (typeof p['seconds'] === 'number') {
    const age = ageInUnits(p['seconds']);
    values['age'] = t(`tech.age.${age.unit}`, { count: age.count });
  }
  if (typeof p['megabytes'] === 'number') values['size'] = formatMeasure(p['megabytes'], 'megabyte', language, 0);
  return t(`tech-self-test.findings.${finding.code}`, { ...values, defaultValue: '' });
}

export function SelfTestChecks({ checks, timeZone }: { checks: readonly SelfTestCheck[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  // Stable sort: within a verdict, main's order (devices first).
  const ordered = [...checks].sort((a, b) => RANK[a.verdict] - RANK[b.verdict]);
  const name = (c: SelfTestCheck): string =>
    c.kind === 'device' ? t(`tech.kinds.${c.subject ?? ''}`, { defaultValue: c.subject ?? c.name }) : t(`tech-self-test.checks.${c.kind}`, { defaultValue: c.name });
  return (
    <div className="tech-card">
      <h2 className="tech-section-title">{t('tech-self-test.checksTitle')}</h2>
      <ul className="self-test-checks">
        {ordered.map((c) => (
          <li key={c.id} className={`self-test-check self-test-check--${c.verdict}`} data-testid="self-test-check" data-id={c.id} data-verdict={c.verdict}>
            <VerdictMark verdict={c.verdict} />
            <div className="self-test-check-body">
              <p className="self-test-check-head">
                <span className="self-test-check-name">{name(c)}</span>
                <span className="self-test-check-verdict">{t(`tech-self-test.verdicts.${c.verdict}`)}</span>
              </p>
              {c.finding ? (
                <p className="self-test-check-detail" data-testid="self-test-finding" data-code={c.finding.code}>
                  {findingWords(c.finding, t, i18n.language, timeZone)}
                </p>
              ) : null}
              <TechnicalDetail text={c.detail} />
            </div>
            <bdi className="self-test-check-time tech-muted">
              {formatMeasure(Math.round(c.durationMs), 'millisecond', i18n.language, 0)}
            </bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}
