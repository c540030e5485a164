// Card payments left "being checked": the clerk finds the citizen's slip by its check number,
// and sees whether the kiosk has since had the office's word (confirmed there, or the charge
// refunded to the card). Main settles them; this screen only shows them.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, PaymentIncidentView } from '../../../main/contract/kiosk-contract.js';
import { formatWallClock } from '../../i18n/locale-format.js';
import { formatMoney } from '../../kiosk/flows/shared/format-money.js';
import { staffErrorKey, type StaffClient } from '../staff-client.js';
import './payment-incidents.css';

export interface PaymentIncidentsScreenProps {
  client: StaffClient;
  language: Language;
}

const COLUMNS = ['checkNumber', 'reference', 'amount', 'since', 'state', 'settled'] as const;

export function PaymentIncidentsScreen({ client, language }: PaymentIncidentsScreenProps) {
  const { t } = useTranslation();
  const [items, setItems] = useState<PaymentIncidentView[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    setBusy(true);
    setProblem(null);
    client
      .request('staff.paymentIncidents.list', {})
      .then((list) => setItems(list.items))
      .catch((error: unknown) => setProblem(t(staffErrorKey(error))))
      .finally(() => setBusy(false));
  }, [client, t]);
  useEffect(load, [load]);

  return (
    <section className="staff-panel payment-incidents-screen" data-testid="payment-incidents-screen">
      <div className="staff-toolbar">
        <p className="staff-hint">{t('staff.payments.intro')}</p>
        <button type="button" className="action-button staff-secondary" data-testid="payment-incidents-refresh" disabled={busy} onClick={load}>
          {t('staff.payments.refresh')}
        </button>
      </div>
      {problem ? (
        <p className="staff-message staff-message--error" data-testid="payment-incidents-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {items && items.length === 0 ? (
        <p className="staff-empty" data-testid="payment-incidents-empty">
          {t('staff.payments.empty')}
        </p>
      ) : null}
      {items && items.length > 0 ? (
        <table className="payment-incidents-table" data-testid="payment-incidents-list">
          <caption className="visually-hidden">{t('staff.payments.caption')}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c} scope="col">
                  {t(`staff.payments.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.checkNumber} data-testid="payment-incident-row" data-check-number={item.checkNumber} data-state={item.state}>
                {/* Numbers and codes are Latin: isolated so they keep their order in an Arabic row. */}
                <td className="payment-incident-number">
                  <bdi className="payment-incident-code" dir="ltr">
                    {item.checkNumber}
                  </bdi>
                </td>
                <td>
                  <bdi className="payment-incident-code" dir="ltr">
                    {item.reference}
                  </bdi>
                </td>
                <td className="payment-incident-amount">
                  <bdi>{formatMoney(item.amountCentimes, language)}</bdi>
                </td>
                <td>
                  <DateTime value={item.since} />
                </td>
                <td>
                  <span className={`payment-incident-state payment-incident-state--${item.state}`} data-testid="payment-incident-state">
                    {t(`staff.payments.states.${item.state}`)}
                  </span>
                  {/* A line of the cell's own direction holding the LTR code, so in Arabic it lines
                      up under the badge on the right rather than at the cell's left edge. */}
                  {item.trackingNumber ? (
                    <span className="payment-incident-tracking">
                      <bdi className="payment-incident-code" dir="ltr">
                        {item.trackingNumber}
                      </bdi>
                    </span>
                  ) : null}
                </td>
                <td data-testid="payment-incident-settled">
                  {/* "Not yet" is words of the clerk's language, not a Latin date: no LTR island for it. */}
                  {item.settled ? <DateTime value={item.settled} /> : t('staff.payments.notSettled')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/**
 * An office date and time (main sends "2026-12-07 18:11") in the clerk's language: in a narrow
 * column it wraps between the date and the time, never inside the date.
 */
function DateTime({ value }: { value: string }) {
  const { i18n } = useTranslation();
  if (value.indexOf(' ') < 0) return <bdi className="payment-incident-code">{formatWallClock(value, i18n.language, 'date')}</bdi>;
  return (
    <bdi>
      <span className="payment-incident-code">{formatWallClock(value, i18n.language, 'date')}</span>{' '}
      <span className="payment-incident-code">{formatWallClock(value, i18n.language, 'time')}</span>
    </bdi>
  );
}
