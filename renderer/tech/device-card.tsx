// One device as a technician reads it: what it is, where it is plugged, its state in words
// (the colour only repeats it), what it last did and when it last went wrong, the driver's
// English under each as the technical detail.
import { useTranslation } from 'react-i18next';
import type { DeviceDiagnostics } from '../../main/contract/kiosk-contract.js';
import { DevicePictogram } from './device-pictograms.js';
import { needsAttention, officeTimeOfDay } from './tech-format.js';
import { TechnicalDetail } from './technical-detail.js';

const COUNTERS = ['reads', 'prints', 'errors'] as const;

export function DeviceCard({ device, timeZone }: { device: DeviceDiagnostics; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const tone = device.state === 'ready' || device.state === 'busy' ? 'ok' : needsAttention(device.state) ? 'problem' : 'idle';
  return (
    <article className={`tech-card tech-device tech-device--${tone}`} data-testid="tech-device" data-device={device.id} data-state={device.state}>
      <header className="tech-device-head">
        <DevicePictogram kind={device.kind} className="tech-device-icon" />
        <div className="tech-device-name">
          <h2>{t(`tech.kinds.${device.kind}`)}</h2>
          <p className="tech-muted">
            <bdi dir="ltr">{device.id}</bdi>
          </p>
        </div>
        <p className={`tech-state tech-state--${tone}`} data-testid="tech-device-state">
          {t(`tech.states.${device.state}`)}
        </p>
      </header>
      {device.reason && i18n.exists(`tech.reasons.${device.reason}`) ? (
        <p className="tech-device-reason" data-testid="tech-device-reason" data-reason={device.reason}>
          {t(`tech.reasons.${device.reason}`)}
        </p>
      ) : null}
      {/* The driver's own words stay in English, like the logs they match. */}
      {device.detail ? <TechnicalDetail text={device.detail} testId="tech-device-detail" /> : null}
      <dl className="tech-facts">
        <dt>{t('tech.devices.driver')}</dt>
        <dd>{t(`tech-config.drivers.${device.driver}`, { defaultValue: device.driver })}</dd>
        <dt>{t('tech.devices.address')}</dt>
        <dd data-testid="tech-device-address">
          {/* A mock driver has no address of its own: main says "simulated", the screen says it in words. */}
          {device.address === 'simulated' ? t('tech.devices.simulated') : <bdi dir="ltr">{device.address}</bdi>}
        </dd>
        <dt>{t('tech.devices.lastEvent')}</dt>
        <dd data-testid="tech-last-event">
          {device.lastEventAt ? <bdi dir="ltr">{officeTimeOfDay(device.lastEventAt, timeZone)}</bdi> : t('tech.devices.nothingSinceStart')}
        </dd>
      </dl>
      <ul className="tech-counters">
        {COUNTERS.map((name) => (
          <li key={name} className="tech-counter" data-testid={`tech-count-${name}`} data-value={device.counters[name]}>
            <span className="tech-counter-value" dir="ltr">
              {device.counters[name]}
            </span>
            <span className="tech-counter-label">{t(`tech.devices.counters.${name}`)}</span>
          </li>
        ))}
      </ul>
      <div className={device.lastError ? 'tech-last-error tech-last-error--set' : 'tech-last-error'} data-testid="tech-last-error" data-set={device.lastError ? 'true' : 'false'}>
        {device.lastError ? (
          <>
            <p>{t('tech.devices.lastErrorAt', { time: officeTimeOfDay(device.lastError.at, timeZone) })}</p>
            <TechnicalDetail text={device.lastError.message} testId="tech-last-error-detail" />
          </>
        ) : (
          t('tech.devices.noError')
        )}
      </div>
    </article>
  );
}
