// The last screen of a procedure that printed a receipt: its number large, the same QR code as
// on the paper, the facts that matter, and what to do if the printer failed.
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintOutcome } from '../../../../main/contract/kiosk-contract.js';
import { TicketQrCode } from '../../components/ticket-qr-code.js';
import { TRACKED_PROCEDURE_PICTOGRAMS } from '../../pictograms/service-pictograms.js';
import { CheckIcon, WarningIcon } from '../../pictograms/ui-icons.js';
import { MASK_CHARACTER } from '../../../keyboard/display-mask.js';
import { useScreenPrompt } from '../../../speech/use-screen-prompt.js';
import { DeviceGuidance } from '../../guidance/device-guidance.js';
import { ScrollCue } from '../../../display/scroll-cue.js';
import type { SpokenText } from '../../../speech/speech-control.js';
import './flow-steps.css';
import './receipt-result.css';

export interface ReceiptLine {
  label: string;
  value: string;
  testId?: string;
  /** Numbers and codes read left to right inside Arabic text. */
  ltr?: boolean;
}

export interface ReceiptResultTexts {
  title: string;
  referenceLabel: string;
  qrAlt: string;
  printed: string;
  printFailedTitle: string;
  printFailedAdvice: string;
}

export interface ReceiptResultProps {
  /** Whose receipt: its service's picture heads the screen, as on the home tile. */
  procedure: keyof typeof TRACKED_PROCEDURE_PICTOGRAMS;
  testId: string;
  referenceTestId: string;
  reference: string;
  qr: string;
  lines: readonly ReceiptLine[];
  texts: ReceiptResultTexts;
  print: PrintOutcome;
  /** A notice above the facts (e.g. "waiting to be sent to the office"). */
  notice?: ReactNode;
  secondsLeft: number;
  onDone: () => void;
  /** Said after the receipt's facts: what the citizen does next (a `speech` key). */
  spokenNext?: SpokenText;
}

// Cards come masked as '**** 1234' from the terminal, phones and IDs as '•• 78' from main.
const isMasked = (value: string) => value.includes(MASK_CHARACTER) || value.includes('*');

export function ReceiptResult({ procedure, testId, referenceTestId, reference, qr, lines, texts, print, notice, secondsLeft, onDone, spokenNext }: ReceiptResultProps) {
  const { t } = useTranslation();
  const ServicePicture = TRACKED_PROCEDURE_PICTOGRAMS[procedure];
  const mainBox = useRef<HTMLDivElement>(null);
  const sideBox = useRef<HTMLDivElement>(null);
  // Main prints on submit, so the receipt's essentials are said as this screen appears, while
  // the paper comes out. Masked values (card, phone) are private: never said aloud.
  useScreenPrompt(
    [
      { key: 'speech.receipt.reference', params: { title: texts.title, label: texts.referenceLabel, reference } },
      ...lines
        .filter((line) => !isMasked(line.value))
        .map((line) => ({ key: 'speech.receipt.line', params: { label: line.label, value: line.value } })),
      print.ok ? { key: 'speech.receipt.printed' } : { key: 'speech.receipt.printFailed', params: { advice: texts.printFailedAdvice } },
      ...(spokenNext ? [spokenNext] : []),
    ],
    'receipt',
  );
  return (
    <section className="screen receipt-result" data-testid={testId} aria-labelledby={`${testId}-title`}>
      {/* On a short screen in the largest text the facts and the QR scroll with their cues; Finish stays in view. */}
      <div className="receipt-result-frame">
        <div className="flow-card flow-card--main receipt-result-main" ref={mainBox} tabIndex={0} role="group" aria-labelledby={`${testId}-title`}>
          <h1 id={`${testId}-title`} className="receipt-result-title">
            <ServicePicture className="receipt-result-service" />
            {texts.title}
          </h1>
          <p className="receipt-result-label">{texts.referenceLabel}</p>
          <p className="receipt-result-reference" dir="ltr" data-testid={referenceTestId}>
            <bdi>{reference}</bdi>
          </p>
          {notice}
          <dl className="receipt-result-lines">
            {lines.map((line) => (
              <div key={line.label} className="receipt-result-line">
                <dt>{line.label}</dt>
                <dd data-testid={line.testId} dir={line.ltr ? 'ltr' : undefined}>
                  {line.ltr ? <bdi>{line.value}</bdi> : line.value}
                </dd>
              </div>
            ))}
          </dl>
        </div>
        <ScrollCue target={mainBox} />
      </div>
      <div className="receipt-result-side">
        <div className="receipt-result-frame">
          <div className="receipt-result-side-facts" ref={sideBox} tabIndex={0} role="group" aria-labelledby={`${testId}-title`}>
            <figure className="receipt-result-qr">
              <TicketQrCode value={qr} alt={texts.qrAlt} />
            </figure>
            {print.ok ? (
              <div className="device-guidance-pair">
                <p className="receipt-result-printed" role="status" data-testid="receipt-printed">
                  <CheckIcon className="receipt-result-icon" />
                  <span>{texts.printed}</span>
                </p>
                <DeviceGuidance device="printerSlot" instruction={{ key: 'guidance.take.receipt' }} className="device-guidance--compact" />
              </div>
            ) : (
              <div className="receipt-result-print-failed" role="alert" data-testid="print-failed">
                <WarningIcon className="receipt-result-icon receipt-result-icon--warning" />
                <div>
                  <p className="receipt-result-print-failed-title">{texts.printFailedTitle}</p>
                  <p>{texts.printFailedAdvice}</p>
                </div>
              </div>
            )}
            <p className="result-countdown">{t('result.returning', { count: secondsLeft })}</p>
          </div>
          <ScrollCue target={sideBox} />
        </div>
        <button type="button" className="action-button action-button--large" data-testid="done-button" onClick={onDone}>
          {t('result.done')}
        </button>
      </div>
    </section>
  );
}
