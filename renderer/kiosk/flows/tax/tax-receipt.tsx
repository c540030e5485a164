// The payment receipt on screen: tracking number, QR and the facts printed on the paper.
import { useTranslation } from 'react-i18next';
import type { Language, PrintOutcome, TaxPaymentReceiptView } from '../../../../main/contract/kiosk-contract.js';
import { formatOfficeDay } from '../shared/flow-format.js';
import { FlowMessage } from '../shared/flow-layout.js';
import { formatMoney } from '../shared/format-money.js';
import { ReceiptResult } from '../shared/receipt-result.js';

export interface TaxReceiptProps {
  receipt: TaxPaymentReceiptView;
  print: PrintOutcome;
  language: Language;
  timeZone: string;
  secondsLeft: number;
  onDone: () => void;
}

export function TaxReceipt({ receipt, print, language, timeZone, secondsLeft, onDone }: TaxReceiptProps) {
  const { t } = useTranslation();
  const day = formatOfficeDay(receipt.paidAt, language, timeZone);
  return (
    <ReceiptResult
      procedure="tax-payment"
      testId="tax-paid"
      referenceTestId="tax-tracking-number"
      reference={receipt.trackingNumber}
      qr={receipt.qr}
      print={print}
      secondsLeft={secondsLeft}
      onDone={onDone}
      spokenNext={{ key: 'speech.tax.next' }}
      lines={[
        { label: t('tax.receipt.amount'), value: formatMoney(receipt.amountCentimes, language), testId: 'tax-paid-amount', ltr: true },
        { label: t('tax.receipt.notice'), value: receipt.reference, ltr: true },
        { label: t('tax.receipt.paidAt'), value: t('tax.receipt.paidAtValue', { day, time: receipt.paidAtOfficeTime }) },
        { label: t('tax.receipt.card'), value: receipt.maskedPan, ltr: true },
        { label: t('tax.receipt.authorization'), value: receipt.authorizationCode, ltr: true },
      ]}
      texts={{
        title: t('tax.receipt.title'),
        referenceLabel: t('tax.receipt.referenceLabel'),
        qrAlt: t('tax.receipt.qrAlt', { reference: receipt.trackingNumber }),
        printed: t('tax.receipt.printed'),
        printFailedTitle: t('tax.receipt.printFailedTitle'),
        printFailedAdvice: t('tax.receipt.printFailedAdvice'),
      }}
      notice={
        <FlowMessage tone="success" title={t('tax.receipt.paidTitle')}>
          {t('tax.receipt.paidText')}
        </FlowMessage>
      }
    />
  );
}
