// One device as a technician reads it: what it is, where it is plugged, its state in words
// (the colour only repeats it), what it last did and what went wrong last.
import { useTranslation } from 'react-i18next';
import type { DeviceDiagnostics } from '../../main/contract/kiosk-contract.js';
import { DevicePictogram } from './device-pictograms.js';
import { needsAttention, officeTimeOfDay } from './tech-format.js';

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
      {device.detail ? (
        // The driver's own words stay in English, like the logs they match.
        <p className="tech-device-detail" data-testid="tech-device-detail" lang="en">
          <bdi>{device.detail}</bdi>
        </p>
      ) : null}
      <dl className="tech-facts">
        <dt>{t('tech.devices.driver')}</dt>
        <dd>
          <bdi dir="ltr">{device.driver}</bdi>
        </dd>
        <dt>{t('tech.devices.address')}</dt>
        <dd data-testid="tech-device-address">
          <bdi dir="ltr">{device.address}</bdi>
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
      <p className={device.lastError ? 'tech-last-error tech-last-error--set' : 'tech-last-error'} data-testid="tech-last-error" data-set={device.lastError ? 'true' : 'false'}>
        {device.lastError ? <LastError at={officeTimeOfDay(device.lastError.at, timeZone)} message={device.lastError.message} /> : t('tech.devices.noError')}
      </p>
    </article>
  );
}

// Where the driver's message goes in the sentence: it is replaced by an isolated island so an
// English message keeps its own order inside the Arabic sentence instead of pulling the time
// and the colon across it.
const MESSAGE_SLOT = '\u2063message\u2063';

function LastError({ at, message }: { at: string; message: string }) {
  const { t } = useTranslation();
  const [before, after = ''] = t('tech.devices.lastError', { time: at, message: MESSAGE_SLOT }).split(MESSAGE_SLOT);
  return (
    <>
      {before}
      <bdi dir="ltr">{message}</bdi>
      {after}
    </>
  );
}
