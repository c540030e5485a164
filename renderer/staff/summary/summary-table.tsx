import { useTranslation } from 'react-i18next';
import type { DaySummary, Language } from '../../../main/contract/kiosk-contract.js';
import { formatMoney } from '../../kiosk/flows/shared/format-money.js';
import { serviceName } from '../journal/journal-words.js';

export function SummaryTable({ summary, language }: { summary: DaySummary; language: Language }) {
  const { t } = useTranslation();
  const { totals, payments } = summary;
  const figure = (testId: string, label: string, value: string | number) => (
    <div className="summary-figure" data-testid={testId} data-value={value}>
      <dt>{label}</dt>
      <dd>
        {/* A count is digits only; an amount carries its currency word ("درهم"), whose own
            direction must decide, or Arabic would sit in a left-to-right island. */}
        <bdi dir={typeof value === 'number' ? 'ltr' : undefined}>{value}</bdi>
      </dd>
    </div>
  );
  return (
    <div className="summary-body">
      <table className="summary-table" data-testid="summary-table">
        <thead>
          <tr>
            <th scope="col">{t('staff.summary.columns.what')}</th>
            <th scope="col">{t('staff.summary.columns.receipts')}</th>
            <th scope="col">{t('staff.summary.columns.printed')}</th>
            <th scope="col">{t('staff.summary.columns.pending')}</th>
            <th scope="col">{t('staff.summary.columns.reprints')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.length === 0 ? (
            <tr>
              <td colSpan={5} data-testid="summary-empty">
                {t('staff.summary.empty')}
              </td>
            </tr>
          ) : null}
          {summary.rows.map((row) => (
            <tr key={`${row.kind}/${row.service ?? ''}`} data-testid="summary-row" data-kind={row.kind} data-service={row.service ?? ''}>
              <th scope="row">
                {t(`staff.kinds.${row.kind}`)}
                {row.service ? ` · ${serviceName(t, row.service)}` : ''}
              </th>
              <td>{row.receipts}</td>
              <td>{row.printed}</td>
              <td>{row.pending}</td>
              <td>{row.reprints}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="summary-totals">
        {figure('summary-total-tickets', t('staff.summary.tickets'), totals.tickets)}
        {figure('summary-total-receipts', t('staff.summary.receipts'), totals.receipts)}
        {figure('summary-failures', t('staff.summary.failures'), totals.failedPrints)}
        {figure('summary-reprints', t('staff.summary.reprints'), totals.reprints)}
        {figure('summary-pending', t('staff.summary.pending'), totals.pending)}
        {figure('summary-payments-total', t('staff.summary.payments', { payments: payments.count }), formatMoney(payments.totalCentimes, language))}
        {payments.incidents > 0 ? figure('summary-incidents', t('staff.summary.incidents'), payments.incidents) : null}
      </dl>
    </div>
  );
}
