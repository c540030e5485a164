// The report's receipt on screen: tracking number, QR, the legal answer deadline, and whether
// it has reached the office yet.
import { useTranslation } from 'react-i18next';
import type { Language, PrintOutcome, ReportReceiptView } from '../../../../main/contract/kiosk-contract.js';
import { formatCalendarDate } from '../shared/flow-format.js';
import { FlowMessage } from '../shared/flow-layout.js';
import { ReceiptResult, type ReceiptLine } from '../shared/receipt-result.js';

export interface ReportResultProps {
  receipt: ReportReceiptView;
  print: PrintOutcome;
  language: Language;
  secondsLeft: number;
  onDone: () => void;
}

export function ReportResult({ receipt, print, language, secondsLeft, onDone }: ReportResultProps) {
  const { t } = useTranslation();
  const lines: ReceiptLine[] = [
    { label: t('report.result.category'), value: t(`report.categories.${receipt.category}`) },
    { label: t('report.result.deadline'), value: formatCalendarDate(receipt.answerDeadline, language), testId: 'report-deadline' },
  ];
  if (receipt.maskedPhone) lines.push({ label: t('report.result.sms'), value: receipt.maskedPhone, ltr: true });
  return (
    <ReceiptResult
      procedure="report"
      testId="report-result"
      referenceTestId="report-reference"
      reference={receipt.reference}
      qr={receipt.qr}
      lines={lines}
      print={print}
      secondsLeft={secondsLeft}
      onDone={onDone}
      spokenNext={{ key: 'speech.report.next' }}
      texts={{
        title: t('report.result.title'),
        referenceLabel: t('report.result.referenceLabel'),
        qrAlt: t('report.result.qrAlt', { reference: receipt.reference }),
        printed: t('report.result.printed'),
        printFailedTitle: t('report.result.printFailedTitle'),
        printFailedAdvice: t('report.result.printFailedAdvice'),
      }}
      notice={
        <>
          <p className="report-deadline-note">{t('report.result.deadlineNote', { days: 60 })}</p>
          {receipt.transmission === 'pending' ? (
            <FlowMessage tone="warning" title={t('report.result.pendingTitle')} testId="report-pending">
              {t('report.result.pendingText')}
            </FlowMessage>
          ) : null}
        </>
      }
    />
  );
}
