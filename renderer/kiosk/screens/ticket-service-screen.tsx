import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueService, ServiceId } from '../../../main/contract/kiosk-contract.js';
import { Spinner } from '../components/spinner.js';
import { ServicePictogram } from '../pictograms/service-pictograms.js';
import { ClockIcon, CounterIcon, PeopleIcon } from '../pictograms/ui-icons.js';
import { estimatedWaitText, waitingText } from '../wait-texts.js';
import { useScreenPrompt } from '../../speech/use-screen-prompt.js';
import { ScrollCue } from '../../display/scroll-cue.js';

export interface TicketServiceScreenProps {
  services: QueueService[] | null;
  loading: boolean;
  /** The service whose ticket is being taken; every tile is disabled meanwhile. */
  busyServiceId: ServiceId | null;
  onTake: (serviceId: ServiceId) => void;
}

export function TicketServiceScreen({ services, loading, busyServiceId, onTake }: TicketServiceScreenProps) {
  const { t } = useTranslation();
  const busy = busyServiceId !== null;
  const list = useRef<HTMLUListElement>(null);
  // Once the list is there: the question, each tile's picture in screen order, what to do.
  useScreenPrompt(
    services === null
      ? null
      : [
          { key: 'speech.ticket.services' },
          ...services.map((service) => ({ key: `speech.pictograms.services.${service.id}` })),
          { key: 'speech.ticket.action' },
        ],
  );
  return (
    <section className="screen ticket-service-screen" data-testid="ticket-service-screen" aria-labelledby="ticket-title">
      <h1 id="ticket-title" className="screen-title">
        {t('ticket.title')}
      </h1>
      <p className="visually-hidden" aria-live="polite">
        {busy ? t('ticket.busy') : ''}
      </p>
      {services === null && loading ? (
        <p className="loading-line">
          <Spinner />
          <span>{t('ticket.loading')}</span>
        </p>
      ) : null}
      {services !== null ? (
        <div className="service-list">
          <ul className="service-grid" ref={list}>
            {services.map((service) => {
              const isBusy = service.id === busyServiceId;
              return (
                <li key={service.id}>
                  <button
                    type="button"
                    className={isBusy ? 'tile service-tile service-tile--busy' : 'tile service-tile'}
                    data-testid={`service-${service.id}`}
                    disabled={busy}
                    aria-busy={isBusy}
                    aria-describedby={`pictogram-${service.id}`}
                    onClick={() => onTake(service.id)}
                  >
                    <span className="service-tile-head">
                      <ServicePictogram serviceId={service.id} className="tile-pictogram" />
                      <span className="service-tile-names">
                        <span className="tile-title">{t(`services.${service.id}.name`)}</span>
                        <span className="tile-hint">{t(`services.${service.id}.description`)}</span>
                      </span>
                    </span>
                    <span className="service-facts">
                      <span className="fact">
                        <CounterIcon className="fact-icon" />
                        {t('ticket.counter', { counter: service.counter })}
                      </span>
                      <span className="fact">
                        <PeopleIcon className="fact-icon" />
                        {waitingText(t, service.waiting)}
                      </span>
                      <span className="fact">
                        <ClockIcon className="fact-icon" />
                        {estimatedWaitText(t, service.estimatedWaitMinutes)}
                      </span>
                    </span>
                    {isBusy ? (
                      <span className="busy-veil">
                        <Spinner />
                        <span>{t('ticket.busy')}</span>
                      </span>
                    ) : null}
                    <span id={`pictogram-${service.id}`} hidden>
                      {t(`speech.pictograms.services.${service.id}`)}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
          <ScrollCue target={list} />
        </div>
      ) : null}
    </section>
  );
}
