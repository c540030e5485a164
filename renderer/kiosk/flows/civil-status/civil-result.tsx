// The receipt on screen: reference, QR (the same as on paper), counter, collection day, and
// whether the request reached the office or waits in the kiosk's outbox.
import { useTranslation } from 'react-i18next';
import type { CivilStatusReceiptView, Language, PrintOutcome } from '../../../../main/contract/kiosk-contract.js';
import { formatCalendarDate } from '../shared/flow-format.js';
import { FlowMessage } from '../shared/flow-layout.js';
import { formatMoney } from '../shared/format-money.js';
import { ReceiptResult, type ReceiptLine } from '../shared/receipt-result.js';

export interface CivilResultProps {
  receipt: CivilStatusReceiptView;
  print: PrintOutcome;
  language: Language;
  secondsLeft: number;
  onDone: () => void;
}

export function CivilResult({ receipt, print, language, secondsLeft, onDone }: CivilResultProps) {
  const { t } = useTranslation();
  const pending = receipt.transmission === 'pending';
  const lines: ReceiptLine[] = [
    { label: t('civil-status.result.document'), value: `${t(`civil-status.documents.${receipt.document}`)} × ${receipt.copies}` },
    { label: t('civil-status.result.counter'), value: receipt.counter, testId: 'civil-counter', ltr: true },
    {
      label: t('civil-status.result.collection'),
      value: receipt.collectionDate ? formatCalendarDate(receipt.collectionDate, language) : t('civil-status.result.collectionPending'),
      testId: 'civil-collection-date',
    },
    { label: t('civil-status.result.fee'), value: formatMoney(receipt.feeCentimes, language) },
  ];
  return (
    <ReceiptResult
      procedure="civil-status"
      testId="civil-result"
      referenceTestId="civil-reference"
      reference={receipt.reference}
      qr={receipt.qr}
      lines={lines}
      print={print}
      secondsLeft={secondsLeft}
      onDone={onDone}
      spokenNext={{ key: 'speech.civil.next' }}
      notice={
        pending ? (
          <FlowMessage tone="warning" title={t('civil-status.result.pendingTitle')} testId="civil-pending">
            {t('civil-status.result.pendingAdvice')}
          </FlowMessage>
        ) : null
      }
      texts={{
        title: t('civil-status.result.title'),
        referenceLabel: t('civil-status.result.reference'),
        qrAlt: t('civil-status.result.qrAlt', { reference: receipt.reference }),
        printed: t('civil-status.result.printed'),
        printFailedTitle: t('civil-status.result.printFailedTitle'),
        printFailedAdvice: t('civil-status.result.printFailedAdvice', { counter: receipt.counter }),
      }}
    />
  );
}
