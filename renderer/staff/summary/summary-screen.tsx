// The end-of-day summary of one office day, today by default; never a day still to come.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DaySummary, Language, PrintOutcome } from '../../../main/contract/kiosk-contract.js';
import { formatCalendarDate } from '../../kiosk/flows/shared/flow-format.js';
import { staffErrorKey, type StaffClient } from '../staff-client.js';
import { officeDayOf, printFailureKey, shiftDay } from '../staff-format.js';
import { SummaryTable } from './summary-table.js';

export interface SummaryScreenProps {
  client: StaffClient;
  language: Language;
  timeZone: string;
}

export function SummaryScreen({ client, language, timeZone }: SummaryScreenProps) {
  const { t } = useTranslation();
  const [today] = useState(() => officeDayOf(new Date(), timeZone));
  const [day, setDay] = useState(today);
  const [summary, setSummary] = useState<DaySummary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [printed, setPrinted] = useState<PrintOutcome | null>(null);
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    let live = true;
    setSummary(null);
    setProblem(null);
    setPrinted(null);
    client
      .request('staff.summary.view', { day })
      .then((result) => live && setSummary(result))
      .catch((error: unknown) => live && setProblem(t(staffErrorKey(error))));
    return () => {
      live = false;
    };
  }, [client, day, t]);

  const print = () => {
    setPrinting(true);
    setPrinted(null);
    client
      .request('staff.summary.print', { day, language })
      .then(setPrinted)
      .catch((error: unknown) => setProblem(t(staffErrorKey(error))))
      .finally(() => setPrinting(false));
  };

  return (
    <section className="staff-panel summary-screen" data-testid="summary-screen">
      <div className="staff-toolbar">
        <button type="button" className="action-button staff-secondary" data-testid="summary-prev-day" onClick={() => setDay(shiftDay(day, -1))}>
          {t('staff.summary.previousDay')}
        </button>
        <h2 className="summary-day" data-testid="summary-day" data-day={day}>
          {formatCalendarDate(day, language)}
        </h2>
        <button type="button" className="action-button staff-secondary" data-testid="summary-next-day" disabled={day >= today} onClick={() => setDay(shiftDay(day, 1))}>
          {t('staff.summary.nextDay')}
        </button>
        <button type="button" className="action-button staff-primary" data-testid="summary-print" disabled={printing || summary === null} onClick={print}>
          {t('staff.summary.print')}
        </button>
      </div>
      {printed ? (
        <p className={`staff-message ${printed.ok ? 'staff-message--ok' : 'staff-message--error'}`} data-testid="summary-print-result" data-kind={printed.ok ? 'printed' : printed.reason} role="status">
          {printed.ok ? t('staff.summary.printed') : t('staff.summary.notPrinted', { reason: t(printFailureKey(printed.reason)) })}
        </p>
      ) : null}
      {problem ? (
        <p className="staff-message staff-message--error" data-testid="summary-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {summary ? <SummaryTable summary={summary} language={language} /> : null}
    </section>
  );
}
