// Every device at a glance, refreshed every two seconds while the tab shows; the ones that
// need a technician come first.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceDiagnostics } from '../../main/contract/kiosk-contract.js';
import type { StaffClient } from '../staff/staff-client.js';
import { DeviceCard } from './device-card.js';
import { needsAttention } from './tech-format.js';
import { TechToolbar } from './tech-toolbar.js';
import { useTechView } from './use-tech-view.js';

export const DEVICES_REFRESH_MS = 2000;

/** Problems first, otherwise in main's (configuration) order. */
export function devicesInOrder(devices: readonly DeviceDiagnostics[]): DeviceDiagnostics[] {
  return [...devices.filter((d) => needsAttention(d.state)), ...devices.filter((d) => !needsAttention(d.state))];
}

export function DevicesScreen({ client, timeZone }: { client: StaffClient; timeZone: string }) {
  const load = useCallback(() => client.request('tech.devices', {}), [client]);
  const view = useTechView(load, DEVICES_REFRESH_MS);
  return <DevicesView devices={view.data} error={view.data === null ? view.error : null} staleError={view.data !== null ? view.error : null} timeZone={timeZone} onRefresh={view.refresh} />;
}

export interface DevicesViewProps {
  devices: readonly DeviceDiagnostics[] | null;
  /** Nothing could be loaded. */
  error: unknown;
  /** The last refresh failed: what shows is older. */
  staleError: unknown;
  timeZone: string;
  onRefresh: () => void;
}

export function DevicesView({ devices, error, staleError, timeZone, onRefresh }: DevicesViewProps) {
  const { t } = useTranslation();
  return (
    <section className="staff-panel tech-panel" data-testid="tech-devices" aria-label={t('tech.tabs.devices')}>
      <TechToolbar hint={t('tech.devices.hint')} onRefresh={onRefresh} error={error ?? staleError} />
      {devices === null && !error ? <p className="staff-empty">{t('tech.loading')}</p> : null}
      {devices !== null && devices.length === 0 ? <p className="staff-empty">{t('tech.devices.none')}</p> : null}
      {devices !== null ? (
        <div className="tech-device-grid">
          {devicesInOrder(devices).map((device) => (
            <DeviceCard key={device.id} device={device} timeZone={timeZone} />
          ))}
        </div>
      ) : null}
    </section>
  );
}
