// The serial ports the system lists, and whether each configured serial device's path is
// among them: the first thing to look at when a reader "does nothing".
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SerialPortsResult } from '../../main/contract/kiosk-contract.js';
import type { StaffClient } from '../staff/staff-client.js';
import { TechToolbar } from './tech-toolbar.js';
import { TechnicalDetail } from './technical-detail.js';
import { useTechView } from './use-tech-view.js';

export function PortsScreen({ client }: { client: StaffClient }) {
  const load = useCallback(() => client.request('tech.serialPorts', {}), [client]);
  const view = useTechView(load, null);
  return <PortsView result={view.data} error={view.error} onRefresh={view.refresh} />;
}

const Ltr = ({ text }: { text: string | null }) => (text === null ? <span className="tech-muted">—</span> : <bdi dir="ltr">{text}</bdi>);

export function PortsView({ result, error, onRefresh }: { result: SerialPortsResult | null; error: unknown; onRefresh: () => void }) {
  const { t } = useTranslation();
  const yesNo = (value: boolean) => t(value ? 'tech.yes' : 'tech.no');
  return (
    <section className="staff-panel tech-panel" data-testid="tech-ports" aria-label={t('tech.tabs.ports')}>
      <TechToolbar hint={t('tech.ports.hint')} onRefresh={onRefresh} error={error} />
      {result === null && !error ? <p className="staff-empty">{t('tech.loading')}</p> : null}
      {result?.problem ? (
        <div className="staff-message staff-message--error" data-testid="tech-ports-problem" role="alert">
          <p>{t('tech.ports.unreadable')}</p>
          <TechnicalDetail text={result.problem} />
        </div>
      ) : null}
      {result ? (
        <>
          <h2 className="tech-section-title">{t('tech.ports.configuredTitle')}</h2>
          {result.configured.length === 0 ? <p className="staff-empty">{t('tech.ports.noneConfigured')}</p> : null}
          <ul className="tech-configured">
            {result.configured.map((device) => (
              <li
                key={device.deviceId}
                // A path that exists but is not listed is normal for pseudo-terminals and some adapters:
                // only a missing path is drawn as a problem; the words say both.
                className={device.present ? 'tech-card tech-configured-row' : 'tech-card tech-configured-row tech-configured-row--problem'}
                data-testid="tech-configured-port"
                data-device={device.deviceId}
                data-present={String(device.present)}
                data-listed={String(device.listed)}
              >
                <span className="tech-configured-id">
                  <bdi dir="ltr">{device.deviceId}</bdi>
                </span>
                <span>
                  <bdi dir="ltr">{device.path}</bdi>
                </span>
                <span>{t('tech.ports.present', { answer: yesNo(device.present) })}</span>
                <span>{t('tech.ports.listed', { answer: yesNo(device.listed) })}</span>
              </li>
            ))}
          </ul>
          <h2 className="tech-section-title">{t('tech.ports.listedTitle')}</h2>
          {result.ports.length === 0 ? <p className="staff-empty">{t('tech.ports.noneListed')}</p> : null}
          {result.ports.length > 0 ? (
            <table className="tech-table" data-testid="tech-port-table">
              <thead>
                <tr>
                  <th>{t('tech.ports.path')}</th>
                  <th>{t('tech.ports.manufacturer')}</th>
                  <th>{t('tech.ports.vendorProduct')}</th>
                  <th>{t('tech.ports.serialNumber')}</th>
                  <th>{t('tech.ports.usedBy')}</th>
                </tr>
              </thead>
              <tbody>
                {result.ports.map((port) => (
                  <tr key={port.path} data-testid="tech-port" data-path={port.path}>
                    <td>
                      <Ltr text={port.path} />
                    </td>
                    <td>
                      <Ltr text={port.manufacturer} />
                    </td>
                    <td>
                      <Ltr text={port.vendorId === null && port.productId === null ? null : `${port.vendorId ?? '?'}:${port.productId ?? '?'}`} />
                    </td>
                    <td>
                      <Ltr text={port.serialNumber} />
                    </td>
                    <td>{port.usedBy === null ? <span className="tech-muted">{t('tech.ports.unused')}</span> : <Ltr text={port.usedBy} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
