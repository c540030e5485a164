// Versions and where the configuration came from: what a technician reads out on the phone.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SoftwareResult } from '../../main/contract/kiosk-contract.js';
import type { StaffClient } from '../staff/staff-client.js';
import { formatOfficeDateTime } from '../i18n/locale-format.js';
import { chromiumFromUserAgent } from './tech-format.js';
import { TechToolbar } from './tech-toolbar.js';
import { useTechView } from './use-tech-view.js';

export function SoftwareScreen({ client, timeZone }: { client: StaffClient; timeZone: string }) {
  const load = useCallback(() => client.request('tech.software', {}), [client]);
  const view = useTechView(load, null);
  return <SoftwareView result={view.data} error={view.error} timeZone={timeZone} userAgent={navigator.userAgent} onRefresh={view.refresh} />;
}

export interface SoftwareViewProps {
  result: SoftwareResult | null;
  error: unknown;
  timeZone: string;
  /** The page's own, for the Chromium version in the browser shell. */
  userAgent: string;
  onRefresh: () => void;
}

export function SoftwareView({ result, error, timeZone, userAgent, onRefresh }: SoftwareViewProps) {
  const { t, i18n } = useTranslation();
  if (!result) {
    return (
      <section className="staff-panel tech-panel" data-testid="tech-software" aria-label={t('tech.tabs.software')}>
        <TechToolbar hint={t('tech.software.hint')} onRefresh={onRefresh} error={error} />
        {!error ? <p className="staff-empty">{t('tech.loading')}</p> : null}
      </section>
    );
  }
  const chromium = result.chromium ?? chromiumFromUserAgent(userAgent);
  const rows: { id: string; label: string; value: string | null; words?: string }[] = [
    { id: 'kiosk', label: t('tech.software.kiosk'), value: result.kiosk },
    { id: 'electron', label: t('tech.software.electron'), value: result.electron, words: t('tech.software.noElectron') },
    {
      id: 'chromium',
      label: t('tech.software.chromium'),
      value: chromium,
      words: t('tech.software.unknown'),
    },
    { id: 'node', label: t('tech.software.node'), value: result.node },
    { id: 'platform', label: t('tech.software.platform'), value: result.platform },
    { id: 'host', label: t('tech.software.host'), value: null, words: t(`tech.software.hosts.${result.host}`) },
    { id: 'config', label: t('tech.software.configFile'), value: result.configFile, words: t('tech.software.embeddedConfig') },
    // Words and digits of the screen's language, in its own direction (no left-to-right island).
    { id: 'started', label: t('tech.software.startedAt'), value: null, words: formatOfficeDateTime(result.startedAt, timeZone, i18n.language) },
  ];
  return (
    <section className="staff-panel tech-panel" data-testid="tech-software" aria-label={t('tech.tabs.software')}>
      <TechToolbar hint={t('tech.software.hint')} onRefresh={onRefresh} error={error} />
      <dl className="tech-card tech-facts tech-facts--wide">
        {rows.map((row) => (
          <div key={row.id} className="tech-fact" data-testid={`tech-software-${row.id}`}>
            <dt>{row.label}</dt>
            <dd>{row.value === null ? row.words : <bdi dir="ltr">{row.value}</bdi>}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
