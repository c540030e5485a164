// The receipt's essentials (number, counter, dates) are said before it prints (issue 6,
// EN 301 549 5.1.3.16): main announces each citizen's receipt once the journal holds it and
// before the printer gets it; this says it, in the screen's language, for the current session.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskApi, Language, ReceiptPrintingEvent } from '../../main/contract/kiosk-contract.js';
import { formatCalendarDate } from '../kiosk/flows/shared/flow-format.js';
import { useSpeech, type SpeechControl, type SpokenText } from './speech-control.js';

type Translate = (key: string) => string;

/** What is said for one receipt, in the screen language: the keys of speech.printing. */
export function receiptAnnouncement(event: ReceiptPrintingEvent, language: Language, t: Translate): SpokenText {
  const when = { date: formatCalendarDate(event.issuedOfficeDay, language), time: event.issuedAtOfficeTime };
  const key = `speech.printing.${event.kind}`;
  switch (event.kind) {
    case 'ticket':
      return {
        key,
        params: { number: event.number, service: event.serviceId ? t(`services.${event.serviceId}.name`) : '', counter: event.counter ?? '', ...when },
      };
    case 'civil-status':
      return {
        key,
        params: {
          number: event.number,
          counter: event.counter ?? '',
          collection: event.collectionDate ? formatCalendarDate(event.collectionDate, language) : t('civil-status.result.collectionPending'),
          ...when,
        },
      };
    case 'report':
      return { key, params: { number: event.number, deadline: event.answerDeadline ? formatCalendarDate(event.answerDeadline, language) : '', ...when } };
    case 'tax-payment':
    case 'payment-incident':
      return { key, params: { number: event.number, ...when } };
  }
}

export interface AnnouncerMoment {
  sessionId: string | null;
  language: Language;
  speech: SpeechControl;
  t: Translate;
}

/**
 * Says each receipt main announces, if it is the current session's and speak mode is on. The
 * moment is read when the event arrives: a screen changing under it never drops one.
 */
export function listenForReceipts(api: Pick<KioskApi, 'on'>, moment: () => AnnouncerMoment): () => void {
  return api.on('receipt.printing', (event) => {
    const now = moment();
    if (event.sessionId !== now.sessionId || !now.speech.enabled) return;
    now.speech.say(receiptAnnouncement(event, now.language, now.t), 'receipt');
  });
}

/** Mounted once with the kiosk app: says each of the current session's receipts as main announces it. */
export function ReceiptAnnouncer({ api, sessionId, language }: { api: KioskApi; sessionId: string | null; language: Language }) {
  const { t } = useTranslation();
  const speech = useSpeech();
  const latest = useRef<AnnouncerMoment>({ sessionId, language, speech, t });
  latest.current = { sessionId, language, speech, t };
  useEffect(() => listenForReceipts(api, () => latest.current), [api]);
  return null;
}
