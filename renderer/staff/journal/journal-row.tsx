import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalSummaryView, Language } from '../../../main/contract/kiosk-contract.js';
import { formatCalendarDate } from '../../kiosk/flows/shared/flow-format.js';
import { entryState, serviceName } from './journal-words.js';

export interface JournalRowProps {
  entry: JournalSummaryView;
  language: Language;
  onOpen?: (entry: JournalSummaryView) => void;
  testId?: string;
  /** A second button on the row (print this one, on the pending list). */
  action?: ReactNode;
}

export function JournalRow({ entry, language, onOpen, testId = 'journal-row', action }: JournalRowProps) {
  const { t } = useTranslation();
  const body = (
    <>
      <bdi className="journal-number" dir="ltr">
        {entry.number}
      </bdi>
      <span className="journal-kind">{t(`staff.kinds.${entry.kind}`)}</span>
      <span className="journal-service">{serviceName(t, entry.service)}</span>
      <span className="journal-when">
        {formatCalendarDate(entry.officeDay, language)} <bdi dir="ltr">{entry.officeTime}</bdi>
      </span>
      <span className={`journal-state journal-state--${entry.state}`} data-testid="journal-state">
        {entryState(t, entry)}
      </span>
      {entry.reprintCount > 0 ? <span className="journal-reprints">{t('staff.journal.reprints', { number: entry.reprintCount })}</span> : null}
    </>
  );
  return (
    <li className="journal-row" data-testid={testId} data-number={entry.number} data-state={entry.state}>
      {onOpen ? (
        <button type="button" className="journal-row-open" onClick={() => onOpen(entry)}>
          {body}
        </button>
      ) : (
        <div className="journal-row-open">{body}</div>
      )}
      {action}
    </li>
  );
}
