// The self-test's checks, problems first: each with a mark whose shape says the verdict
// (tick, exclamation, cross) beside the verdict in words, the check's name, main's technician
// words and how long it took.
import { useTranslation } from 'react-i18next';
import type { SelfTestCheck, SelfTestVerdict } from '../../main/contract/kiosk-contract.js';

const MARKS: Record<SelfTestVerdict, string> = { pass: '✓', warn: '!', fail: '✕' };
const RANK: Record<SelfTestVerdict, number> = { fail: 0, warn: 1, pass: 2 };

export function VerdictMark({ verdict }: { verdict: SelfTestVerdict }) {
  return (
    <span className={`self-test-mark self-test-mark--${verdict}`} aria-hidden="true">
      {MARKS[verdict]}
    </span>
  );
}

export function SelfTestChecks({ checks }: { checks: readonly SelfTestCheck[] }) {
  const { t } = useTranslation();
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
              <p className="self-test-check-detail">
                <bdi dir="ltr">{c.detail}</bdi>
              </p>
            </div>
            <bdi dir="ltr" className="self-test-check-time tech-muted">
              {Math.round(c.durationMs)} ms
            </bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}
