import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../components/scroll-box.js';
import { TicketQrCode } from '../components/ticket-qr-code.js';
import type { TicketResult } from '../journey-state.js';
import { ServicePictogram } from '../pictograms/service-pictograms.js';
import { CheckIcon, ClockIcon, CounterIcon, PeopleIcon, WarningIcon } from '../pictograms/ui-icons.js';
import { aheadText, estimatedWaitText } from '../wait-texts.js';
import { useScreenPrompt } from '../../speech/use-screen-prompt.js';
import { DeviceGuidance } from '../guidance/device-guidance.js';

export interface TicketResultScreenProps {
  result: TicketResult;
  secondsLeft: number;
  onDone: () => void;
}

export function TicketResultScreen({ result, secondsLeft, onDone }: TicketResultScreenProps) {
  const { t } = useTranslation();
  const { ticket, print } = result;
  const counter = ticket.counter;
  // Main prints the ticket as it issues it, before this screen exists: the essentials are said
  // the moment the screen shows, while the paper is still coming out (EN 301 549 5.1.3.16).
  useScreenPrompt(
    [
      {
        key: 'speech.ticket.result',
        params: {
          number: ticket.number,
          service: t(`services.${ticket.serviceId}.name`),
          counter,
          ahead: aheadText(t, ticket.waitingAhead),
          time: ticket.issuedAtOfficeTime,
        },
      },
      print.ok ? { key: 'speech.ticket.printed' } : { key: 'speech.ticket.printFailed', params: { counter } },
    ],
    'receipt',
  );
  return (
    <section className="screen result-screen" data-testid="ticket-result-screen" aria-labelledby="result-title">
      {/* The card and the printing news scroll on a short screen; Finish never does. */}
      <ScrollBox frameClassName="result-ticket-frame" className="result-ticket" labelledBy="result-title">
        <h1 id="result-title" className="result-label">
          {t('result.yourNumber')}
        </h1>
        <p className="ticket-number" dir="ltr" data-testid="ticket-number">
          <bdi>{ticket.number}</bdi>
        </p>
        <p className="result-service">
          <ServicePictogram serviceId={ticket.serviceId} className="result-service-icon" />
          <span>{t(`services.${ticket.serviceId}.name`)}</span>
        </p>
        <ul className="result-facts">
          <li className="fact">
            <CounterIcon className="fact-icon" />
            <span>
              {t('result.counterLabel')}{' '}
              <strong dir="ltr">
                <bdi>{counter}</bdi>
              </strong>
            </span>
          </li>
          <li className="fact">
            <PeopleIcon className="fact-icon" />
            <span>{aheadText(t, ticket.waitingAhead)}</span>
          </li>
          <li className="fact">
            <ClockIcon className="fact-icon" />
            <span>{estimatedWaitText(t, ticket.estimatedWaitMinutes)}</span>
          </li>
          <li className="fact fact--quiet">
            <span>{t('result.issuedAt', { time: ticket.issuedAtOfficeTime })}</span>
          </li>
        </ul>
      </ScrollBox>
      <div className="result-side">
        <ScrollBox frameClassName="result-status-frame" labelledBy="result-title">
          {print.ok ? (
            <div className="device-guidance-pair">
              <p className="print-ok" role="status">
                <CheckIcon className="print-ok-icon" />
                <span>{t('result.printed')}</span>
              </p>
              <DeviceGuidance device="printerSlot" instruction={{ key: 'result.printed' }} className="device-guidance--compact" />
            </div>
          ) : (
            <div className="print-failed" role="alert" data-testid="print-failed">
              <div className="print-failed-message">
                <WarningIcon className="print-failed-icon" />
                <div>
                  <p className="print-failed-title">{t('result.printFailedTitle')}</p>
                  <p>{t('result.printFailedAdvice', { counter })}</p>
                </div>
              </div>
              <figure className="ticket-qr-figure">
                <TicketQrCode value={ticket.number} alt={t('result.qrAlt', { number: ticket.number })} />
                <figcaption>{t('result.qrLabel')}</figcaption>
              </figure>
            </div>
          )}
        </ScrollBox>
        <p className="result-countdown">{t('result.returning', { count: secondsLeft })}</p>
        <button type="button" className="action-button action-button--large" data-testid="done-button" onClick={onDone}>
          {t('result.done')}
        </button>
      </div>
    </section>
  );
}
