// Can this kiosk reach its office, how fast, and how much waits in the outbox to be sent.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkResult } from '../../main/contract/kiosk-contract.js';
import type { StaffClient } from '../staff/staff-client.js';
import { TechnicalDetail } from './technical-detail.js';
import { ageInUnits, officeTimeOfDay } from './tech-format.js';
import { TechToolbar } from './tech-toolbar.js';
import { useTechView } from './use-tech-view.js';

export function NetworkScreen({ client, timeZone }: { client: StaffClient; timeZone: string }) {
  const load = useCallback(() => client.request('tech.network', {}), [client]);
  const view = useTechView(load, null);
  return <NetworkView result={view.data} error={view.error} timeZone={timeZone} onCheck={view.refresh} />;
}

export interface NetworkViewProps {
  result: NetworkResult | null;
  error: unknown;
  timeZone: string;
  onCheck: () => void;
}

export function NetworkView({ result, error, timeZone, onCheck }: NetworkViewProps) {
  const { t } = useTranslation();
  const oldest = result?.outbox.oldestAgeSeconds ?? null;
  const age = oldest === null ? null : ageInUnits(oldest);
  return (
    <section className="staff-panel tech-panel" data-testid="tech-network" aria-label={t('tech.tabs.network')}>
      <TechToolbar hint={t('tech.network.hint')} onRefresh={onCheck} error={error} refreshLabel={t('tech.network.check')} refreshTestId="tech-network-check" />
      {result === null && !error ? <p className="staff-empty">{t('tech.loading')}</p> : null}
      {result ? (
        <div className="tech-columns">
          <div className={result.office.reachable ? 'tech-card' : 'tech-card tech-card--problem'}>
            <h2 className="tech-section-title">{t('tech.network.officeTitle')}</h2>
            <dl className="tech-facts">
              <dt>{t('tech.network.url')}</dt>
              <dd data-testid="tech-office-url">
                <bdi dir="ltr">{result.office.url}</bdi>
              </dd>
              <dt>{t('tech.network.server')}</dt>
              <dd data-testid="tech-office-kind" data-embedded={String(result.office.embedded)}>
                {t(result.office.embedded ? 'tech.network.embedded' : 'tech.network.configured')}
              </dd>
              <dt>{t('tech.network.reachable')}</dt>
              <dd data-testid="tech-office-state" data-reachable={String(result.office.reachable)}>
                <span className={result.office.reachable ? 'tech-state tech-state--ok' : 'tech-state tech-state--problem'}>
                  {t(result.office.reachable ? 'tech.network.reachableYes' : 'tech.network.reachableNo')}
                </span>
              </dd>
              <dt>{t('tech.network.latency')}</dt>
              <dd data-testid="tech-office-latency" data-value={result.office.latencyMs ?? ''}>
                {result.office.latencyMs === null ? t('tech.network.noAnswer') : t('tech.network.ms', { value: Math.round(result.office.latencyMs) })}
              </dd>
              <dt>{t('tech.network.checkedAt')}</dt>
              <dd>
                <bdi dir="ltr">{officeTimeOfDay(result.office.checkedAt, timeZone)}</bdi>
              </dd>
            </dl>
            {result.office.problem ? (
              <TechnicalDetail text={result.office.problem} testId="tech-office-problem" />
            ) : null}
          </div>
          <div className={result.outbox.depth > 0 ? 'tech-card tech-card--warning' : 'tech-card'}>
            <h2 className="tech-section-title">{t('tech.network.outboxTitle')}</h2>
            <p className="tech-big-figure" data-testid="tech-outbox-depth" data-value={result.outbox.depth}>
              <span dir="ltr">{result.outbox.depth}</span> <span className="tech-counter-label">{t('tech.network.waiting')}</span>
            </p>
            <p data-testid="tech-outbox-oldest" data-value={oldest ?? ''}>
              {age === null ? t('tech.network.nothingWaiting') : t('tech.network.oldest', { age: t(`tech.age.${age.unit}`, { count: age.count }) })}
            </p>
          </div>
        </div>
      ) : null}
    </section>
  );
}
