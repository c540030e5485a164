// Receipts that did not come out of the printer, oldest first: print one, or all once paper
// is loaded. A run stops at the first failure, and says why.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalSummaryView, Language, PendingPrintResult } from '../../../main/contract/kiosk-contract.js';
import { JournalRow } from '../journal/journal-row.js';
import { staffErrorKey, type StaffClient } from '../staff-client.js';
import { PendingResultLine } from './pending-result-line.js';

export interface PendingScreenProps {
  client: StaffClient;
  language: Language;
  onCount: (total: number) => void;
}

export function PendingScreen({ client, language, onCount }: PendingScreenProps) {
  const { t } = useTranslation();
  const [items, setItems] = useState<JournalSummaryView[] | null>(null);
  const [total, setTotal] = useState(0);
  const [result, setResult] = useState<PendingPrintResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    client
      .request('staff.pending.list', {})
      .then((list) => {
        setItems(list.items);
        setTotal(list.total);
        onCount(list.total);
      })
      .catch((error: unknown) => setProblem(t(staffErrorKey(error))));
  }, [client, onCount, t]);
  useEffect(load, [load]);

  const print = (target: { id: number } | 'all') => {
    setBusy(true);
    setProblem(null);
    setResult(null);
    client
      .request('staff.pending.print', { target })
      .then(setResult)
      .catch((error: unknown) => setProblem(t(staffErrorKey(error))))
      .finally(() => {
        setBusy(false);
        load();
      });
  };

  return (
    <section className="staff-panel pending-screen" data-testid="pending-screen">
      <div className="staff-toolbar">
        <p className="staff-hint">{t('staff.pending.intro', { total })}</p>
        {items && items.length > 0 ? (
          <button type="button" className="action-button staff-primary" data-testid="pending-print-all" disabled={busy} onClick={() => print('all')}>
            {t('staff.pending.printAll')}
          </button>
        ) : null}
      </div>
      {result ? <PendingResultLine result={result} /> : null}
      {problem ? (
        <p className="staff-message staff-message--error" data-testid="pending-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {items && items.length === 0 ? (
        <p className="staff-empty" data-testid="pending-empty">
          {t('staff.pending.empty')}
        </p>
      ) : null}
      {items && items.length > 0 ? (
        <ul className="journal-list" data-testid="pending-list">
          {items.map((entry) => (
            <JournalRow
              key={entry.id}
              entry={entry}
              language={language}
              testId="pending-row"
              action={
                <button type="button" className="action-button staff-secondary" data-testid="pending-print-one" disabled={busy} onClick={() => print({ id: entry.id })}>
                  {t('staff.pending.printOne')}
                </button>
              }
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
