// The tax notice as the office knows it: what is due, why, by when, and the way to pay.
import { useTranslation } from 'react-i18next';
import type { Language, TaxNoticeView } from '../../../../main/contract/kiosk-contract.js';
import { CardPictogram } from './payment-pictograms.js';
import { formatCalendarDate } from '../shared/flow-format.js';
import { FlowMessage } from '../shared/flow-layout.js';
import { FlowScrollBody } from '../shared/flow-scroll-body.js';
import { formatMoney } from '../shared/format-money.js';

/** Line codes the kiosk can name in every language; others show the office's own label. */
const KNOWN_LINE_CODES = ['tsc', 'tnb', 'th', 'late-surcharge', 'collection-fees', 'penalty'] as const;

export function lineName(code: string, label: string, translate: (key: string) => string): string {
  return (KNOWN_LINE_CODES as readonly string[]).includes(code) ? translate(`tax.lines.${code}`) : label;
}

export interface TaxNoticeStepProps {
  notice: TaxNoticeView;
  language: Language;
  onPay: () => void;
  onAnother: () => void;
}

export function TaxNoticeStep({ notice, language, onPay, onAnother }: TaxNoticeStepProps) {
  const { t } = useTranslation();
  const paid = notice.status === 'paid' || notice.amountDueCentimes === 0;
  return (
    <section className="screen tax-notice" data-testid="tax-notice" aria-labelledby="tax-notice-title">
      <h1 id="tax-notice-title" className="screen-title">
        {t('tax.notice.title', { year: notice.year })}
      </h1>
      {/* On a short screen in large text the notice and the hint scroll with their cues; Pay and Another notice stay in view. */}
      <div className="tax-notice-body">
        <FlowScrollBody labelledBy="tax-notice-title" className="flow-card tax-notice-card">
          <p className="tax-notice-reference">
            <span>{t('tax.notice.reference')}</span>{' '}
            <strong dir="ltr" data-testid="tax-notice-reference">
              <bdi>{notice.reference}</bdi>
            </strong>
          </p>
          <table className="tax-lines">
            <tbody>
              {notice.lines.map((line, index) => (
                <tr key={`${line.code}-${index}`} data-testid={`tax-line-${line.code}`}>
                  <th scope="row">{lineName(line.code, line.label, t)}</th>
                  <td dir="ltr">
                    <bdi>{formatMoney(line.amountCentimes, language)}</bdi>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="tax-total">
            <span>{t('tax.notice.amountDue')}</span>
            <strong dir="ltr" data-testid="tax-amount">
              <bdi>{formatMoney(notice.amountDueCentimes, language)}</bdi>
            </strong>
          </p>
          <p className="tax-due-date" data-testid="tax-due-date">
            {t('tax.notice.dueDate', { date: formatCalendarDate(notice.dueDate, language) })}
          </p>
        </FlowScrollBody>
        <div className="tax-notice-side">
          {paid ? (
            <FlowMessage tone="success" title={t('tax.notice.alreadyPaidTitle')} testId="tax-already-paid">
              {t('tax.notice.alreadyPaidText')}
            </FlowMessage>
          ) : (
            <>
              <FlowScrollBody labelledBy="tax-notice-title">
                <p className="tax-pay-hint">{t('tax.notice.payHint')}</p>
              </FlowScrollBody>
              <button type="button" className="action-button action-button--large action-button--go tax-pay" data-testid="tax-pay" onClick={onPay}>
                <CardPictogram className="tax-pay-icon" />
                <span>{t('tax.notice.pay', { amount: formatMoney(notice.amountDueCentimes, language) })}</span>
              </button>
            </>
          )}
          <button type="button" className="secondary-button" data-testid="tax-another" onClick={onAnother}>
            {t('tax.notice.another')}
          </button>
        </div>
      </div>
    </section>
  );
}
